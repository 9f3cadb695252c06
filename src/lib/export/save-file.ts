/**
 * Hands a file to the browser to save, as a download named `name`. Browser only.
 */
export function saveFile(blob: Blob, name: string): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	link.style.display = 'none';
	document.body.append(link);
	link.click();
	link.remove();
	// Some browsers read the file after click() returns: let go of it a little later.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
