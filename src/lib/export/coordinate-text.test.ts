import { describe, expect, it } from 'vitest';
import { coordinateText } from './coordinate-text';

describe('coordinateText', () => {
	it('keeps a position as the layout gives it', () => {
		expect(coordinateText(-51.35)).toBe('-51.35');
		expect(coordinateText(182.9)).toBe('182.9');
	});

	it('writes a vanishing coordinate, or minus zero, as 0', () => {
		expect(coordinateText(5e-324)).toBe('0');
		expect(coordinateText(-1e-9)).toBe('0');
		expect(coordinateText(-0)).toBe('0');
	});

	it('rounds to a millionth', () => {
		expect(coordinateText(1.23456789)).toBe('1.234568');
	});
});
