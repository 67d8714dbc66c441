/** The few WebGL 2 chores of the event layer: programs, instanced buffers, a texture. */
import type { Range } from './layOutByTime';

export interface Program {
  program: WebGLProgram;
  uniforms: Map<string, WebGLUniformLocation | null>;
}

export interface Attribute {
  name: string;
  size: number;
}

/** A buffer of instances, one row of floats each, with its attributes located in a program. */
export interface InstanceBuffer {
  vertexArray: WebGLVertexArrayObject;
  buffer: WebGLBuffer;
  attributes: { location: number; size: number; offset: number }[];
  /** Floats per instance. */
  stride: number;
}

export function compile(gl: WebGL2RenderingContext, vertex: string, fragment: string): Program {
  const program = gl.createProgram();
  for (const [type, source] of [
    [gl.VERTEX_SHADER, vertex],
    [gl.FRAGMENT_SHADER, fragment],
  ] as const) {
    const shader = gl.createShader(type);
    if (!shader) throw new Error('WebGL could not create a shader for the events.');
    gl.shaderSource(shader, source);
    gl.compileShader(shader);
    if (!gl.getShaderParameter(shader, gl.COMPILE_STATUS)) {
      throw new Error(`The events' shader did not compile: ${gl.getShaderInfoLog(shader)}`);
    }
    gl.attachShader(program, shader);
    gl.deleteShader(shader);
  }
  gl.linkProgram(program);
  if (!gl.getProgramParameter(program, gl.LINK_STATUS)) {
    throw new Error(`The events' shaders did not link: ${gl.getProgramInfoLog(program)}`);
  }
  return { program, uniforms: new Map() };
}

/** A uniform's location, looked up once per program. */
export function uniformLocation(
  gl: WebGL2RenderingContext,
  program: Program,
  name: string,
): WebGLUniformLocation | null {
  if (!program.uniforms.has(name)) {
    program.uniforms.set(name, gl.getUniformLocation(program.program, name));
  }
  return program.uniforms.get(name) ?? null;
}

/** Uploads one row per instance, each attribute advancing once per instance. */
export function instanceBuffer(
  gl: WebGL2RenderingContext,
  { program }: Program,
  attributes: readonly Attribute[],
  rows: readonly number[][],
): InstanceBuffer {
  const stride = attributes.reduce((sum, { size }) => sum + size, 0);
  const data = new Float32Array(rows.length * stride);
  for (const [index, row] of rows.entries()) data.set(row, index * stride);

  const vertexArray = gl.createVertexArray();
  const buffer = gl.createBuffer();
  gl.bindVertexArray(vertexArray);
  gl.bindBuffer(gl.ARRAY_BUFFER, buffer);
  gl.bufferData(gl.ARRAY_BUFFER, data, gl.STATIC_DRAW);
  const located: InstanceBuffer['attributes'] = [];
  let offset = 0;
  for (const { name, size } of attributes) {
    const location = gl.getAttribLocation(program, name);
    if (location >= 0) {
      gl.enableVertexAttribArray(location);
      gl.vertexAttribDivisor(location, 1);
      located.push({ location, size, offset });
    }
    offset += size;
  }
  gl.bindVertexArray(null);
  gl.bindBuffer(gl.ARRAY_BUFFER, null);
  return { vertexArray, buffer, attributes: located, stride };
}

/** Draws `range` of the instances as quads: the attributes re-pointed at the first of them. */
export function drawInstances(
  gl: WebGL2RenderingContext,
  instances: InstanceBuffer,
  { first, count }: Range,
): void {
  if (count === 0) return;
  gl.bindVertexArray(instances.vertexArray);
  gl.bindBuffer(gl.ARRAY_BUFFER, instances.buffer);
  const bytes = instances.stride * 4;
  for (const { location, size, offset } of instances.attributes) {
    gl.vertexAttribPointer(location, size, gl.FLOAT, false, bytes, first * bytes + offset * 4);
  }
  gl.drawArraysInstanced(gl.TRIANGLE_STRIP, 0, 4, count);
}

/** Cells side by side in one texture, premultiplied as MapLibre blends, with mipmaps. */
export function cellTexture(
  gl: WebGL2RenderingContext,
  cells: readonly ImageData[],
  cellSize: number,
): WebGLTexture {
  const texture = gl.createTexture();
  gl.bindTexture(gl.TEXTURE_2D, texture);
  gl.pixelStorei(gl.UNPACK_PREMULTIPLY_ALPHA_WEBGL, true);
  gl.texImage2D(
    gl.TEXTURE_2D,
    0,
    gl.RGBA,
    cellSize * cells.length,
    cellSize,
    0,
    gl.RGBA,
    gl.UNSIGNED_BYTE,
    null,
  );
  cells.forEach((cell, index) => {
    gl.texSubImage2D(gl.TEXTURE_2D, 0, index * cellSize, 0, gl.RGBA, gl.UNSIGNED_BYTE, cell);
  });
  gl.pixelStorei(gl.UNPACK_PREMULTIPLY_ALPHA_WEBGL, false);
  gl.generateMipmap(gl.TEXTURE_2D);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.LINEAR_MIPMAP_LINEAR);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.LINEAR);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_S, gl.CLAMP_TO_EDGE);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_T, gl.CLAMP_TO_EDGE);
  return texture;
}

/** Texels per row of the layout texture (one texel per event; rows as many as needed). */
export const LAYOUT_WIDTH = 1024;

/** A float texture of `texels` (4 floats each, `LAYOUT_WIDTH` a row), read by `texelFetch`. */
export function layoutTexture(gl: WebGL2RenderingContext, texels: Float32Array): WebGLTexture {
  const texture = gl.createTexture();
  gl.bindTexture(gl.TEXTURE_2D, texture);
  const rows = texels.length / 4 / LAYOUT_WIDTH;
  gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA32F, LAYOUT_WIDTH, rows, 0, gl.RGBA, gl.FLOAT, texels);
  // Float textures are not filterable: read texel by texel.
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.NEAREST);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.NEAREST);
  return texture;
}

/**
 * The canvas's device pixels per CSS pixel (MapLibre sizes its drawing buffer by it), from the
 * width MapLibre keeps: reading the canvas's own size in a frame would make the browser lay out
 * the page first, whatever else changed in it.
 */
export function devicePixelRatioOf(gl: WebGL2RenderingContext, cssWidth: number): number {
  return cssWidth > 0 ? gl.drawingBufferWidth / cssWidth : 1;
}

/** `#rrggbb` as a shader's 0–1 channels. */
export const rgb = (hex: string) =>
  [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16) / 255);
