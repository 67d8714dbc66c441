/**
 * The event layer's shaders: sprites (icons, arrowheads, ripples, highlight rings, leader lines)
 * and arrow lines, both hiding what a month does not show with `VISIBILITY_GLSL`, and what gives
 * way to its whole, and shifting the month's symbols where its layout put them, with
 * `LAYOUT_GLSL`.
 */

import { CATEGORIES } from '@thaw/charts';
import { ATLAS_CELLS, RING_RADIUS } from './eventSymbols';
import { type Attribute, LAYOUT_WIDTH } from './glHelpers';
import { VISIBILITY_ATTRIBUTES, VISIBILITY_GLSL } from './visibility';

/** How a sprite draws; the numbers are the shader's. */
export const STYLE = { icon: 0, pulse: 1, highlight: 2, leader: 3 } as const;

/** The leader line from a fanned-out symbol to its true point, in CSS pixels. */
const LEADER_WIDTH = 1.25;
/** The dot at the true point of a fanned-out symbol, its radius in CSS pixels. */
const ANCHOR_RADIUS = 2;

const glslFloat = (value: number) => (Number.isInteger(value) ? `${value}.0` : `${value}`);

const VISIBILITY_INPUTS: Attribute[] = VISIBILITY_ATTRIBUTES.map((name) => ({ name, size: 1 }));

export const SPRITE_ATTRIBUTES: Attribute[] = [
  { name: 'a_pos', size: 2 },
  ...VISIBILITY_INPUTS,
  { name: 'a_scale', size: 1 },
  { name: 'a_angle', size: 1 },
  { name: 'a_icon', size: 1 },
  { name: 'a_index', size: 1 },
];

export const LINE_ATTRIBUTES: Attribute[] = [
  { name: 'a_from', size: 2 },
  { name: 'a_to', size: 2 },
  ...VISIBILITY_INPUTS,
  { name: 'a_index', size: 1 },
];

/** The month's layout of an instance's event: its shift in CSS pixels (xy), given way (z). */
const LAYOUT_GLSL = `
uniform highp sampler2D u_layout;
in float a_index;

vec4 placement() {
  int index = int(a_index);
  return texelFetch(u_layout, ivec2(index % ${LAYOUT_WIDTH}, index / ${LAYOUT_WIDTH}), 0);
}
`;

export const SPRITE_VERTEX = `#version 300 es
precision highp float;
precision highp int;
uniform mat4 u_matrix;
uniform vec2 u_viewport;
uniform float u_pixelRatio;
uniform int u_style;
uniform float u_cell;
uniform float u_pulseRadius;
uniform vec3 u_colors[${CATEGORIES.length}];
uniform bool u_fanned;
${VISIBILITY_GLSL}
${LAYOUT_GLSL}
in vec2 a_pos;
in float a_scale;
in float a_angle;
in float a_icon;
out vec2 v_uv;
out vec2 v_offset;
out float v_radius;
out vec3 v_color;

void main() {
  vec4 placed = placement();
  if (!shown() || placed.z > 0.5) {
    gl_Position = HIDDEN;
    return;
  }
  // Where the layout drew the symbol, from its true point: CSS pixels, y down.
  vec2 moved = u_fanned ? placed.xy : vec2(0.0);
  vec2 corner = vec2(float(gl_VertexID & 1), float(gl_VertexID >> 1)) * 2.0 - 1.0;
  vec4 centre = u_matrix * vec4(a_pos, 0.0, 1.0);
  vec2 toClip = u_pixelRatio * 2.0 / u_viewport * vec2(1.0, -1.0);
  v_color = u_colors[int(a_category)];
  if (u_style == ${STYLE.leader}) {
    // A thin quad from just behind the true point (room for its dot) to the symbol.
    float reach = length(moved);
    if (reach < 0.5) {
      gl_Position = HIDDEN;
      return;
    }
    vec2 along = moved / reach;
    vec2 across = vec2(-along.y, along.x);
    float margin = ${glslFloat(ANCHOR_RADIUS + 1)};
    float distance = mix(-margin, reach, 0.5 + 0.5 * corner.x);
    v_offset = vec2(distance, corner.y * margin);
    vec2 point = along * distance + across * v_offset.y;
    gl_Position = vec4(centre.xy + point * toClip * centre.w, centre.zw);
    return;
  }
  // Half the quad, in CSS pixels: the icon's cell, or a ring (as large as its symbol) with room
  // for its stroke.
  v_radius = (u_style == ${STYLE.icon} ? 0.0 : u_style == ${STYLE.pulse} ? u_pulseRadius : ${glslFloat(RING_RADIUS)}) * a_scale;
  float half_size = u_style == ${STYLE.icon} ? 0.5 * u_cell * a_scale : v_radius + 3.0;
  // The angle is measured with y pointing south, clip space has it pointing north.
  float angle = -a_angle;
  vec2 turned = mat2(cos(angle), sin(angle), -sin(angle), cos(angle)) * corner;
  v_offset = corner * half_size;
  // The atlas's first row is the top of the icons.
  v_uv = vec2((a_icon + 0.5 + 0.5 * corner.x) / ${glslFloat(ATLAS_CELLS)}, 0.5 - 0.5 * corner.y);
  vec2 shift = turned * half_size * u_pixelRatio * 2.0 / u_viewport + moved * toClip;
  gl_Position = vec4(centre.xy + shift * centre.w, centre.zw);
}
`;

export const SPRITE_FRAGMENT = `#version 300 es
precision highp float;
precision highp int;
uniform sampler2D u_icons;
uniform int u_style;
uniform float u_opacity;
uniform vec3 u_ink;
in vec2 v_uv;
in vec2 v_offset;
in float v_radius;
in vec3 v_color;
uniform bool u_isSelected;
out vec4 fragColor;

// Coverage of a ring of the given width just outside \`radius\`, smoothed over a pixel.
float ring(float distance, float radius, float width) {
  return 1.0 - smoothstep(0.5 * width - 0.5, 0.5 * width + 0.5, abs(distance - radius - 0.5 * width));
}

void main() {
  float distance = length(v_offset);
  if (u_style == ${STYLE.icon}) {
    fragColor = texture(u_icons, v_uv) * u_opacity;
  } else if (u_style == ${STYLE.leader}) {
    // The line, and a dot at the true point (v_offset is along, across the line).
    float line = 1.0 - smoothstep(${glslFloat(LEADER_WIDTH / 2 - 0.5)}, ${glslFloat(LEADER_WIDTH / 2 + 0.5)}, abs(v_offset.y));
    float dot = 1.0 - smoothstep(${glslFloat(ANCHOR_RADIUS - 0.5)}, ${glslFloat(ANCHOR_RADIUS + 0.5)}, length(v_offset));
    fragColor = vec4(u_ink, 1.0) * max(v_offset.x >= 0.0 ? line : 0.0, dot) * u_opacity;
  } else if (u_style == ${STYLE.pulse}) {
    fragColor = vec4(v_color, 1.0) * ring(distance, v_radius, 2.0) * u_opacity;
  } else {
    // The selected event: a white disc and a dark ring; the hovered one: a fainter ring.
    float selected = u_isSelected ? 1.0 : 0.0;
    float fill = (1.0 - smoothstep(v_radius - 0.5, v_radius + 0.5, distance)) * 0.65 * selected;
    float stroke = ring(distance, v_radius, 2.5) * mix(0.55, 1.0, selected);
    // Premultiplied: the ink over the white fill.
    fragColor = vec4(u_ink, 1.0) * stroke + vec4(1.0) * fill * (1.0 - stroke);
  }
}
`;

export const LINE_VERTEX = `#version 300 es
precision highp float;
precision highp int;
uniform mat4 u_matrix;
uniform vec2 u_viewport;
uniform float u_pixelRatio;
uniform float u_width;
uniform vec3 u_colors[${CATEGORIES.length}];
${VISIBILITY_GLSL}
${LAYOUT_GLSL}
in vec2 a_from;
in vec2 a_to;
out vec3 v_color;

void main() {
  if (!shown() || placement().z > 0.5) {
    gl_Position = HIDDEN;
    return;
  }
  vec4 from = u_matrix * vec4(a_from, 0.0, 1.0);
  vec4 to = u_matrix * vec4(a_to, 0.0, 1.0);
  // In device pixels, where the line's width is measured.
  vec2 scale = 0.5 * u_viewport;
  vec2 start = from.xy / from.w * scale;
  vec2 end = to.xy / to.w * scale;
  vec2 along = normalize(end - start);
  vec2 across = vec2(-along.y, along.x);
  float half_width = 0.5 * u_width * u_pixelRatio;
  float t = float(gl_VertexID >> 1);
  float side = float(gl_VertexID & 1) * 2.0 - 1.0;
  // Square ends reaching half the width past each point close the joints between segments.
  vec2 point = mix(start, end, t) + along * (2.0 * t - 1.0) * half_width + across * side * half_width;
  v_color = u_colors[int(a_category)];
  gl_Position = vec4(point / scale, 0.0, 1.0);
}
`;

export const LINE_FRAGMENT = `#version 300 es
precision highp float;
precision highp int;
uniform float u_opacity;
in vec3 v_color;
out vec4 fragColor;

void main() {
  fragColor = vec4(v_color, 1.0) * u_opacity;
}
`;
