export function trackAnchor(track: { disc: number; position: number }): string {
  return `track-${track.disc}-${track.position}`;
}
