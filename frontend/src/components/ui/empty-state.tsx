type EmptyStateProps = { title: string; text: string; headingLevel?: 2 | 3 };

export function EmptyState({ title, text, headingLevel = 2 }: EmptyStateProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="kern-alert kern-alert--info">
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--info" aria-hidden="true" />
        <Heading className="kern-title">{title}</Heading>
      </div>
      <div className="kern-alert__body">
        <p className="kern-body">{text}</p>
      </div>
    </div>
  );
}
