type LoadingStateProps = { label: string };

/** A visible spinner plus a polite live region, so screen readers hear what is loading. */
export function LoadingState({ label }: LoadingStateProps) {
  return (
    <div className="kn-state" role="status" aria-live="polite">
      <span className="kern-loader kern-loader--visible kn-state__loader" aria-hidden="true" />
      <p className="kern-body">{label}</p>
    </div>
  );
}
