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

/** Render the ladder with every perspective's marks; resolves to a PNG blob. */
export function drawLadder(t: Translator, heading: string, scale: Scale, perspectives: readonly string[], ratings: readonly Rating[], font: string): Promise<Blob | null> {
  const bands = bandsTopFirst(scale);
  const height = PADDING * 2 + 70 + scale.levels.length * RUNG_HEIGHT + bands.length * 28;
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
    context.fillText(findGroup(scale, band.group?.id)?.label ?? '', PADDING, y + 18);
    y += 28;
    for (const level of band.levels) {
      const marks = marksFor(t, level.id, perspectives, ratings);
      context.fillStyle = marks.length ? '#e3eefa' : '#f3f5f8';
      context.fillRect(PADDING, y, WIDTH - PADDING * 2, RUNG_HEIGHT - 6);
      context.fillStyle = '#1f2328';
      context.font = `16px ${font}`;
      context.fillText(`${scale.levels.indexOf(level) + 1}. ${level.label}`, PADDING + 12, y + 25);
      context.font = `bold 14px ${font}`;
      context.fillStyle = '#0b5cad';
      context.textAlign = 'right';
      context.fillText(marks.map((mark) => mark.text).join(' · '), WIDTH - PADDING - 12, y + 25);
      context.textAlign = 'left';
      y += RUNG_HEIGHT;
    }
  }
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
}
