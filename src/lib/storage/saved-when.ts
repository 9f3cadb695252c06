const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * When a graph was last saved, as the library says it: `Saved just now`,
 * `Saved today at 14:05`, `Saved yesterday at 09:12`, `Saved 3 Oct 2024`.
 * In the analyst's own time zone.
 */
export function savedWhen(updated: string, now = new Date()): string {
	const saved = new Date(updated);
	if (Number.isNaN(saved.getTime())) return '';
	const seconds = (now.getTime() - saved.getTime()) / 1000;
	if (seconds >= -60 && seconds < 60) return 'Saved just now';
	const yesterday = new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1);
	if (sameDay(saved, now)) return `Saved today at ${clock(saved)}`;
	if (sameDay(saved, yesterday)) return `Saved yesterday at ${clock(saved)}`;
	return `Saved ${saved.getDate()} ${MONTHS[saved.getMonth()]} ${saved.getFullYear()}`;
}

function sameDay(a: Date, b: Date): boolean {
	return (
		a.getFullYear() === b.getFullYear() &&
		a.getMonth() === b.getMonth() &&
		a.getDate() === b.getDate()
	);
}

function clock(date: Date): string {
	const pad = (value: number) => String(value).padStart(2, '0');
	return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The day and time a version was saved, in full: `2 Dec 2026, 14:05`, in the analyst's time zone. */
export function savedAt(saved: string): string {
	const date = new Date(saved);
	if (Number.isNaN(date.getTime())) return '';
	return `${date.getDate()} ${MONTHS[date.getMonth()]} ${date.getFullYear()}, ${clock(date)}`;
}
