/**
 * The ladder as a PNG, drawn with the canvas 2D API. Drawing directly (rather
 * than serialising SVG into an <img>) keeps it working under a strict
 * Content-Security-Policy that forbids data: and blob: images.
 */
import type { Translator } from '../shared/strings.js';
import type { Rating } from './ratings.js';
import { bandsTopFirst, findGroup, type Scale } from './scales.js';
import { marksFor } from './marks.js';

const WIDTH = 900;
const RUNG_HEIGHT = 44;
const PADDING = 24;
/** Left of the rungs and their bands' names: room for each perspective's now-to-aim bracket, as on screen. */
const BRACKET_STEP = 10;
const ACCENT = '#0b5cad';

/** Render the ladder with every perspective's marks; resolves to a PNG blob. */
export function drawLadder(t: Translator, heading: string, scale: Scale, perspectives: readonly string[], ratings: readonly Rating[], font: string): Promise<Blob | null> {
  const bands = bandsTopFirst(scale);
  const height = PADDING * 2 + 70 + scale.levels.length * RUNG_HEIGHT + bands.length * 28;
  const rungsLeft = PADDING + 6 + ratings.length * BRACKET_STEP;
  /** The middle of each rung's row, by level id, for the brackets. */
  const rows = new Map<string, number>();
  const canvas = document.createElement('canvas');
  canvas.width = WIDTH;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) return Promise.resolve(null);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, WIDTH, height);
  context.fillStyle = '#1f2328';
  context.font = `bold 22px ${font}`;
  context.fillText(heading, PADDING, PADDING + 22);
  context.font = `15px ${font}`;
  context.fillText(scale.name, PADDING, PADDING + 48);
  let y = PADDING + 70;
  for (const band of bands) {
    context.font = `bold 14px ${font}`;
    context.fillStyle = '#4f5761';
    context.fillText(findGroup(scale, band.group?.id)?.label ?? '', rungsLeft, y + 18);
    y += 28;
    for (const level of band.levels) {
      const marks = marksFor(t, level.id, perspectives, ratings);
      context.fillStyle = marks.length ? '#e3eefa' : '#f3f5f8';
      context.fillRect(rungsLeft, y, WIDTH - PADDING - rungsLeft, RUNG_HEIGHT - 6);
      rows.set(level.id, y + (RUNG_HEIGHT - 6) / 2);
      context.fillStyle = '#1f2328';
      context.font = `16px ${font}`;
      context.fillText(`${scale.levels.indexOf(level) + 1}. ${level.label}`, rungsLeft + 12, y + 25);
      context.font = `bold 14px ${font}`;
      context.fillStyle = ACCENT;
      context.textAlign = 'right';
      context.fillText(marks.map((mark) => mark.text).join(' · '), WIDTH - PADDING - 12, y + 25);
      context.textAlign = 'left';
      y += RUNG_HEIGHT;
    }
  }
  ratings.forEach((rating, perspective) => drawBracket(context, rows.get(rating.now), rows.get(rating.aim), rungsLeft - 3 - (perspective + 1) * BRACKET_STEP, rungsLeft - 3));
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
}

/**
 * The gap from now to aim as the screen draws it: a bracket left of the rungs
 * from one row to the other, its arrow head at the aim's row. Each
 * perspective's bracket stands a step further out, so that they do not merge.
 */
function drawBracket(context: CanvasRenderingContext2D, now: number | undefined, aim: number | undefined, left: number, right: number): void {
  if (now === undefined || aim === undefined || now === aim) return;
  context.strokeStyle = context.fillStyle = ACCENT;
  context.lineWidth = 3;
  context.lineJoin = 'round';
  context.beginPath();
  context.moveTo(right, now);
  context.lineTo(left, now);
  context.lineTo(left, aim);
  context.lineTo(right - 6, aim);
  context.stroke();
  context.beginPath();
  context.moveTo(right, aim);
  context.lineTo(right - 8, aim - 7);
  context.lineTo(right - 8, aim + 7);
  context.fill();
}
