/** A labelled progress bar (role=progressbar); without a value it is indeterminate ("waiting"). */
export function ProgressBar({ label, value, text, tone = 'info' }: { readonly label: string; readonly value: number | null; readonly text: string; readonly tone?: 'info' | 'success' | 'danger' }) {
  const percent = value === null ? null : Math.round(Math.min(1, Math.max(0, value)) * 100);
  return (
    <div className="bar">
      <div className="bar-head">
        <span className="bar-label">{label}</span>
        <span className="bar-text">{text}</span>
      </div>
      <div
        className={`bar-track bar-${tone} ${percent === null ? 'bar-indeterminate' : ''}`}
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        {...(percent !== null && { 'aria-valuenow': percent })}
        aria-valuetext={text}
      >
        <div className="bar-fill" style={{ width: percent === null ? '30%' : `${percent}%` }} />
      </div>
    </div>
  );
}
