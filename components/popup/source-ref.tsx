import { isHttpUrl } from './related';

/**
 * A reference's source: an http(s) address becomes a link to a new tab, a
 * citation ("Publisher, Title, YYYY-MM-DD") stays plain text.
 */
export function SourceRef({ source }: { source: string }) {
  if (!isHttpUrl(source)) return <span className="citation">{source}</span>;
  return (
    <a href={source} target="_blank" rel="noopener noreferrer" className="source-link">
      {source}
    </a>
  );
}
