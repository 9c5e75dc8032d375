import { SERIES_COLOURS } from './chart-model';

const SIZE = 10;

/** Light fills get dark hatching, dark fills light hatching, so the pattern is visible on every colour. */
function isLight(colour: string): boolean {
  const [r, g, b] = [1, 3, 5].map((start) => parseInt(colour.slice(start, start + 2), 16));
  return 0.299 * r + 0.587 * g + 0.114 * b > 150;
}

/**
 * A hatch pattern per series on top of its colour, so bars differ in more than colour (WCAG 1.4.1). Series 0 stays
 * solid; the others get diagonal, horizontal, vertical, dotted, crossed or reverse-diagonal hatching.
 */
export function seriesPattern(index: number): CanvasPattern | string {
  const colour = SERIES_COLOURS[index % SERIES_COLOURS.length];
  const canvas = document.createElement('canvas');
  canvas.width = SIZE;
  canvas.height = SIZE;
  const context = canvas.getContext('2d');
  if (!context) return colour;
  context.fillStyle = colour;
  context.fillRect(0, 0, SIZE, SIZE);
  context.strokeStyle = isLight(colour) ? 'rgba(0, 0, 0, 0.55)' : 'rgba(255, 255, 255, 0.75)';
  context.fillStyle = context.strokeStyle;
  context.lineWidth = 2;
  const line = (x1: number, y1: number, x2: number, y2: number) => {
    context.beginPath();
    context.moveTo(x1, y1);
    context.lineTo(x2, y2);
    context.stroke();
  };
  switch (index % SERIES_COLOURS.length) {
    case 1:
      line(0, SIZE, SIZE, 0);
      break;
    case 2:
      line(0, SIZE / 2, SIZE, SIZE / 2);
      break;
    case 3:
      line(SIZE / 2, 0, SIZE / 2, SIZE);
      break;
    case 4:
      context.beginPath();
      context.arc(SIZE / 2, SIZE / 2, 1.8, 0, 2 * Math.PI);
      context.fill();
      break;
    case 5:
      line(0, 0, SIZE, SIZE);
      line(0, SIZE, SIZE, 0);
      break;
    case 6:
      line(0, 0, SIZE, SIZE);
      break;
  }
  return context.createPattern(canvas, 'repeat') ?? colour;
}
