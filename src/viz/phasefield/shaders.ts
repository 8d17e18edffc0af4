/**
 * GLSL ES 3.00 sources of the WebGL2 phase-field engine. Each pass mirrors one part of the CPU
 * step in `src/models/solidification/morphology/solver.ts` (same expressions, same order of the
 * terms, float32 instead of float64). The state is one RGBA32F texel per cell, (i, j) = (column,
 * row from the bottom); fetches are clamped to the grid, which is exactly the CPU solver's ghost
 * layer (mirror walls, the row below the bottom and above the top copied from the edge row).
 * c̃ is kept as a float32 pair c̃ = hi + lo (the solute update is a compensated sum, so increments
 * below float32's resolution of c̃ are not lost and the solute ledger closes); U, which the CPU
 * solver stores, is always U(c̃, φ) = (2c̃/(1+k−(1−k)φ) − 1)/(1−k) of the current state and is
 * computed where it is needed.
 *
 *   PHI_PASS    ↔ stepPhi / laplacianRow / anisotropicRow / updatePhiRow:
 *                 (φ, hi, lo, ·) → (φ, hi, lo, φ_new)
 *   SOLUTE_PASS ↔ stepSolute / soluteFlux (Δφ = φ_new − φ, the far-field top face):
 *                 (φ, hi, lo, φ_new) → (φ_new, hi_new, lo_new, 0)
 *   LEDGER_PASS ↔ the `outFlux` entry of stepSolute: per column, Kahan-summed, of the top row
 *   SHIFT_PASS  ↔ shift: every row moves down one, a far-field melt row enters at the top
 */

/** Full-screen triangle without vertex buffers. */
export const VERTEX = `#version 300 es
void main() {
  vec2 p = vec2(float((gl_VertexID << 1) & 2), float(gl_VertexID & 2));
  gl_Position = vec4(p * 2.0 - 1.0, 0.0, 1.0);
}`;

const HEADER = `#version 300 es
precision highp float;
precision highp int;
precision highp sampler2D;
uniform sampler2D uState;
uniform ivec2 uSize;
uniform float uK;
out vec4 outColor;
const float TINY_GRADIENT2 = 1e-12;
vec4 at(ivec2 p) { return texelFetch(uState, clamp(p, ivec2(0), uSize - 1), 0); }
float ph(ivec2 p) { return at(p).x; }
float uOf(vec4 s, float phi) { return ((2.0 * (s.y + s.z)) / (1.0 + uK - (1.0 - uK) * phi) - 1.0) * (1.0 / (1.0 - uK)); }
`;

/** φ step: divergence term (9-point Laplacian or anisotropic face fluxes), then the local update and the noise. */
export const PHI_PASS = `${HEADER}
uniform float uDt, uLambda, uEps, uInvDx2, uInv6Dx2, uDx, uZetaOffset, uLT, uNoiseAmp;
uniform uint uSeed, uStep;
float anisotropicFlux(float along, float across) {
  float g2 = along * along + across * across;
  if (g2 < TINY_GRADIENT2) return along;
  float g4 = g2 * g2;
  float a = 1.0 + uEps * (1.0 - (8.0 * along * along * across * across) / g4);
  float aPrime = (-16.0 * uEps * along * across * (along * along - across * across)) / g4;
  return a * a * along - a * aPrime * across;
}
uint pcg(uint v) {
  uint s = v * 747796405u + 2891336453u;
  uint w = ((s >> ((s >> 28u) + 4u)) ^ s) * 277803737u;
  return (w >> 22u) ^ w;
}
float uniform01(ivec2 p) {
  uint h = pcg(uint(p.x) + pcg(uint(p.y) + pcg(uStep + pcg(uSeed))));
  return float(h >> 8u) / 16777216.0;
}
void main() {
  ivec2 p = ivec2(gl_FragCoord.xy);
  vec4 s = at(p);
  float c = s.x;
  float w = ph(p + ivec2(-1, 0)), e = ph(p + ivec2(1, 0)), so = ph(p + ivec2(0, -1)), n = ph(p + ivec2(0, 1));
  float sw = ph(p + ivec2(-1, -1)), se = ph(p + ivec2(1, -1)), nw = ph(p + ivec2(-1, 1)), ne = ph(p + ivec2(1, 1));
  float div;
  float a2 = 1.0;
  if (uEps == 0.0) {
    div = (4.0 * (w + e + so + n) + sw + se + nw + ne - 20.0 * c) * uInv6Dx2;
  } else {
    float fW = anisotropicFlux(c - w, 0.25 * (n + nw - so - sw));
    float fE = anisotropicFlux(e - c, 0.25 * (ne + n - se - so));
    float fN = anisotropicFlux(n - c, 0.25 * (w + nw - e - ne));
    float fS = anisotropicFlux(c - so, 0.25 * (sw + w - se - e));
    float gx = e - w;
    float gz = n - so;
    float g2 = gx * gx + gz * gz;
    float a = g2 < TINY_GRADIENT2 ? 1.0 : 1.0 + uEps * (1.0 - (8.0 * gx * gx * gz * gz) / (g2 * g2));
    div = (fE - fW + fN - fS) * uInvDx2;
    a2 = a * a;
  }
  float zt = (float(p.y) * uDx + uZetaOffset) / uLT;
  float u = uOf(s, c);
  float g = 1.0 - c * c;
  float b = 1.0 + (1.0 - uK) * u;
  float next = c + (uDt * (div + c - c * c * c - uLambda * g * g * (u + zt))) / (a2 * (b > uK ? b : uK));
  if (uNoiseAmp > 0.0 && g > 0.19) next += uNoiseAmp * (uniform01(p) - 0.5) * g;
  outColor = vec4(c, s.y, s.z, next);
}`;

/** c̃ step in flux form (diffusion in the melt + anti-trapping; mirror walls; far field on the top face), then U. */
export const SOLUTE_PASS = `${HEADER}
uniform float uD, uInvDx, uAtCoef, uScale, uV, uTail;
float soluteFlux(ivec2 a, ivec2 b, ivec2 t) {
  vec4 A = at(a);
  vec4 B = at(b);
  float ua = uOf(A, A.x);
  float ub = uOf(B, B.x);
  float f = uD * 0.25 * (2.0 - A.x - B.x) * (ub - ua) * uInvDx;
  float rate = (A.w - A.x) + (B.w - B.x);
  if (rate != 0.0) {
    float gn = B.x - A.x;
    float gt = 0.25 * (ph(a + t) + ph(b + t) - ph(a - t) - ph(b - t));
    float g2 = gn * gn + gt * gt;
    if (g2 > TINY_GRADIENT2) f += uAtCoef * 0.25 * (2.0 + (1.0 - uK) * (ua + ub)) * rate * (gn / sqrt(g2));
  }
  return f;
}
void main() {
  ivec2 p = ivec2(gl_FragCoord.xy);
  vec4 s = at(p);
  ivec2 ex = ivec2(1, 0);
  ivec2 ez = ivec2(0, 1);
  float fW = p.x == 0 ? 0.0 : soluteFlux(p - ex, p, ez);
  float fE = p.x == uSize.x - 1 ? 0.0 : soluteFlux(p, p + ex, ez);
  float fS = p.y == 0 ? 0.0 : soluteFlux(p - ez, p, ex);
  float fN = p.y == uSize.y - 1 ? -(uV * ((s.y - uK) + s.z) * uTail) / (1.0 - uK) : soluteFlux(p, p + ez, ex);
  float increment = s.z + uScale * (fE - fW + fN - fS);
  float hi = s.y + increment;
  outColor = vec4(s.w, hi, increment - (hi - s.y), 0.0);
}`;

/** Solute leaving through the top face this step, per column (c̃ × cells), Kahan-added to (sum, compensation). */
export const LEDGER_PASS = `#version 300 es
precision highp float;
precision highp int;
precision highp sampler2D;
uniform sampler2D uState;
uniform sampler2D uLedger;
uniform int uTop;
uniform float uOutCoef, uK;
out vec4 outColor;
void main() {
  int i = int(gl_FragCoord.x);
  vec4 acc = texelFetch(uLedger, ivec2(i, 0), 0);
  vec4 s = texelFetch(uState, ivec2(i, uTop), 0);
  float y = uOutCoef * ((s.y - uK) + s.z) - acc.y;
  float t = acc.x + y;
  outColor = vec4(t, (t - acc.x) - y, 0.0, 0.0);
}`;

/** Moves every row down by one; the new top row is melt on the far-field tail of the row below it. */
export const SHIFT_PASS = `${HEADER}
uniform float uTail;
void main() {
  ivec2 p = ivec2(gl_FragCoord.xy);
  if (p.y < uSize.y - 1) {
    outColor = at(p + ivec2(0, 1));
  } else {
    vec4 s = at(p);
    outColor = vec4(-1.0, uK + ((s.y - uK) + s.z) * uTail, 0.0, 0.0);
  }
}`;
