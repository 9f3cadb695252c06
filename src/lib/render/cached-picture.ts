import type { Camera } from '$lib/layout/camera';

/**
 * The last full drawing of a canvas, kept as a picture: panning and zooming a
 * settled network moves the picture, and the full drawing follows when the
 * camera rests. Drawing a few thousand actors takes longer than a frame;
 * moving a picture does not.
 */
export class CachedPicture {
	private readonly picture: HTMLCanvasElement;
	private readonly pictureContext: CanvasRenderingContext2D;
	/** Where the camera was when the picture was drawn; undefined before the first drawing. */
	camera: Camera | undefined;

	constructor(
		private readonly target: HTMLCanvasElement,
		private readonly background: () => string
	) {
		this.picture = document.createElement('canvas');
		this.pictureContext = this.picture.getContext('2d')!;
	}

	/** Draws in full (`draw` paints the picture's context), then shows it. */
	draw(
		camera: Camera,
		size: { width: number; height: number; ratio: number },
		draw: (context: CanvasRenderingContext2D) => void
	): void {
		this.camera = camera;
		const width = Math.round(size.width * size.ratio);
		const height = Math.round(size.height * size.ratio);
		for (const canvas of [this.target, this.picture]) {
			if (canvas.width !== width) canvas.width = width;
			if (canvas.height !== height) canvas.height = height;
		}
		draw(this.pictureContext);
		const context = this.target.getContext('2d')!;
		context.setTransform(1, 0, 0, 1, 0, 0);
		context.drawImage(this.picture, 0, 0);
	}

	/** Shows the last drawing moved and scaled as far as the camera has since moved. */
	move(camera: Camera, size: { width: number; height: number; ratio: number }): void {
		const from = this.camera;
		if (!from) return;
		const scale = camera.k / from.k;
		const context = this.target.getContext('2d')!;
		context.setTransform(size.ratio, 0, 0, size.ratio, 0, 0);
		context.fillStyle = this.background();
		context.fillRect(0, 0, size.width, size.height);
		context.drawImage(
			this.picture,
			camera.x - from.x * scale,
			camera.y - from.y * scale,
			size.width * scale,
			size.height * scale
		);
	}
}
