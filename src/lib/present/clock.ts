const two = (value: number) => String(value).padStart(2, '0');

/** "14:05": the time of day on the presenter's clock. */
export function formatClock(date: Date): string {
	return `${two(date.getHours())}:${two(date.getMinutes())}`;
}

/** "7:09" or "1:02:03": how long the briefing has been running. */
export function formatElapsed(ms: number): string {
	const seconds = Math.max(0, Math.floor(ms / 1000));
	const hours = Math.floor(seconds / 3600);
	const minutes = Math.floor((seconds % 3600) / 60);
	const rest = seconds % 60;
	return hours > 0 ? `${hours}:${two(minutes)}:${two(rest)}` : `${minutes}:${two(rest)}`;
}
