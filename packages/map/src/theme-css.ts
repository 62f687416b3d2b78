/**
 * The widgets' CSS. Every colour, the font and the radius are CSS custom properties on
 * `.datacites-map`, so a host page themes the map from its own stylesheet:
 *
 * ```css
 * datacites-map, .datacites-map { --datacites-accent: #000091; --datacites-font: Marianne, sans-serif; }
 * ```
 */
export const THEME_CSS = `
.datacites-map{--datacites-bg:#ffffff;--datacites-fg:#1e1e1e;--datacites-muted:#595959;--datacites-border:#c8c8c8;--datacites-accent:#0b5cad;--datacites-focus:#0a76f6;--datacites-radius:4px;--datacites-font:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;--datacites-height:400px;--datacites-swatch-outline:rgba(0,0,0,.6);display:block;position:relative;font-family:var(--datacites-font);color:var(--datacites-fg);background:var(--datacites-bg)}
.datacites-map[data-theme=dark]{--datacites-bg:#1f2428;--datacites-fg:#f0f0f0;--datacites-muted:#c4c4c4;--datacites-border:#555d66;--datacites-accent:#7fb6ff;--datacites-focus:#ffd24d;--datacites-swatch-outline:rgba(255,255,255,.7)}
datacites-layer{display:none}
datacites-map{display:block}
.datacites-map__canvas{position:relative;width:100%;height:var(--datacites-height)}
.datacites-panel{background:var(--datacites-bg);color:var(--datacites-fg);border:1px solid var(--datacites-border);border-radius:var(--datacites-radius);padding:8px 10px;max-width:260px;max-height:calc(var(--datacites-height) - 40px);overflow:auto;font:13px/1.35 var(--datacites-font)}
.datacites-panel h2,.datacites-panel legend{font-size:13px;font-weight:600;margin:0 0 4px;padding:0}
.datacites-panel section+section,.datacites-panel fieldset{margin-top:8px}
.datacites-panel fieldset{border:0;padding:0}
.datacites-legend__list{list-style:none;margin:0;padding:0}
.datacites-legend__list li{display:flex;align-items:center;gap:6px;margin:2px 0}
.datacites-legend__title{font-weight:600;margin-top:4px}
.datacites-swatch{flex:none;display:inline-block;width:16px;height:12px;border:1px solid var(--datacites-swatch-outline)}
.datacites-swatch--circle{width:12px;border-radius:50%}
.datacites-swatch--line{height:3px;background:currentColor}
.datacites-time{display:flex;align-items:center;gap:6px}
.datacites-time input{flex:1;accent-color:var(--datacites-accent)}
.datacites-panel button,.datacites-table button{font:inherit;color:var(--datacites-fg);background:var(--datacites-bg);border:1px solid var(--datacites-border);border-radius:var(--datacites-radius);padding:2px 8px;cursor:pointer}
.datacites-map :focus-visible{outline:3px solid var(--datacites-focus);outline-offset:2px}
.datacites-popup{font:13px/1.35 var(--datacites-font);color:#1e1e1e;overflow-wrap:anywhere;padding-right:14px}
.datacites-popup h3{font-size:14px;margin:0 0 4px}
.datacites-popup dl{display:grid;grid-template-columns:auto auto;gap:2px 8px;margin:0}
.datacites-popup dt{color:#595959}
.datacites-popup dd{margin:0}
.datacites-tooltip .maplibregl-popup-content{padding:3px 8px;font:12px/1.3 var(--datacites-font);pointer-events:none}
.datacites-table{margin-top:6px;font:13px/1.35 var(--datacites-font)}
.datacites-table summary{cursor:pointer;color:var(--datacites-accent)}
.datacites-table table{border-collapse:collapse;margin:6px 0;width:100%}
.datacites-table caption{text-align:left;font-weight:600}
.datacites-table th,.datacites-table td{border:1px solid var(--datacites-border);padding:2px 6px;text-align:left}
.datacites-visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
`;

const STYLE_ID = 'datacites-map-styles';

/** Adds the widgets' CSS to a document once (light DOM: MapLibre's own CSS works unchanged). */
export function injectThemeCss(doc: Document = document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = THEME_CSS;
  doc.head.append(style);
}
