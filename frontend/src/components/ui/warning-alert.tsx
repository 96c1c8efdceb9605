/**
 * A warning in place of something the person may not use (e.g. a page for members only): what
 * it is and why, as an alert so that it is read out when the page opens.
 */
export function WarningAlert({ title, text }: { title: string; text: string }) {
  return (
    <div className="kern-alert kern-alert--warning" role="alert">
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--warning" aria-hidden="true" />
        <h2 className="kern-title">{title}</h2>
      </div>
      <div className="kern-alert__body">
        <p className="kern-body">{text}</p>
      </div>
    </div>
  );
}
