import type ExcelJS from 'exceljs';

/*
 * Excel's quote prefix (ECMA-376 Part 1, 18.8.45 `xf/@quotePrefix`): a cell style that marks a text cell as
 * "typed with a leading apostrophe". Excel shows the text as typed, without the apostrophe, and keeps it text
 * when someone edits the cell; an `=1+1` in such a cell stays the text "=1+1".
 *
 * exceljs 4.4 neither writes nor reads the attribute (its pull request 2809 adds it, unreleased), so this module
 * teaches its style parts the one attribute, the way that pull request does: `cell.style.quotePrefix` is
 * written as `quotePrefix="1"` on the cell's `xf`, and read back from it. The spreadsheet writer and reader
 * tests check both directions against the XML of the file, so an exceljs release that changes these internals
 * fails them.
 */

/** A cell style with the quote prefix, which exceljs' own `Style` type does not know. */
export type QuotePrefixStyle = Partial<ExcelJS.Style> & { quotePrefix?: boolean };

interface XmlStream {
  openNode(name: string, attributes?: Record<string, unknown>): void;
}
interface XfModel {
  quotePrefix?: boolean;
}
interface StyleXformPrototype {
  parser?: unknown;
  model?: XfModel;
  render(xmlStream: XmlStream, model: XfModel): void;
  parseOpen(node: { name: string; attributes: Record<string, string> }): boolean;
}
interface StylesXformPrototype {
  model: { styles: (XfModel | string)[] };
  addStyleModel(model: QuotePrefixStyle | undefined, cellType?: unknown): number;
  _addStyle(style: XfModel): number;
  getStyleModel(id: number): QuotePrefixStyle | null;
}

const PATCHED = Symbol.for('leitbild-monitor.exceljs-quote-prefix');
/** The style being added carries the quote prefix (addStyleModel → _addStyle run synchronously). */
const pending = new WeakSet<object>();

/** Installs the attribute once per process; every workbook written or read afterwards knows it. */
export function supportQuotePrefix(): void {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const styleXform = require('exceljs/lib/xlsx/xform/style/style-xform.js').prototype as StyleXformPrototype;
  const stylesXform = require('exceljs/lib/xlsx/xform/style/styles-xform.js').prototype as StylesXformPrototype;
  /* eslint-enable @typescript-eslint/no-require-imports */
  const marked = styleXform as unknown as Record<symbol, boolean>;
  if (marked[PATCHED]) return;
  marked[PATCHED] = true;

  // Writing: the cell style's flag reaches the xf model, and the xf element gets the attribute.
  const addStyleModel = stylesXform.addStyleModel;
  stylesXform.addStyleModel = function (this: StylesXformPrototype, model, cellType) {
    if (!model?.quotePrefix) return addStyleModel.call(this, model, cellType);
    pending.add(this);
    try {
      return addStyleModel.call(this, model, cellType);
    } finally {
      pending.delete(this);
    }
  };
  const addStyle = stylesXform._addStyle;
  stylesXform._addStyle = function (this: StylesXformPrototype, style) {
    return addStyle.call(this, pending.has(this) ? { ...style, quotePrefix: true } : style);
  };
  const render = styleXform.render;
  styleXform.render = function (this: StyleXformPrototype, xmlStream, model) {
    if (!model?.quotePrefix) return render.call(this, xmlStream, model);
    // The attribute must be on the opening tag, before the xf's child elements.
    const stream = xmlStream as Partial<XmlStream>;
    const openNode = xmlStream.openNode;
    const own = Object.prototype.hasOwnProperty.call(stream, 'openNode');
    stream.openNode = function (this: XmlStream, name, attributes) {
      return openNode.call(this, name, name === 'xf' ? { ...attributes, quotePrefix: '1' } : attributes);
    };
    try {
      return render.call(this, xmlStream, model);
    } finally {
      if (own) stream.openNode = openNode;
      else delete stream.openNode;
    }
  };

  // Reading: the xf's attribute reaches the style model exceljs gives the cell.
  const parseOpen = styleXform.parseOpen;
  styleXform.parseOpen = function (this: StyleXformPrototype, node) {
    const own = !this.parser && node.name === 'xf';
    const handled = parseOpen.call(this, node);
    if (own && this.model && ['1', 'true'].includes(node.attributes['quotePrefix'])) this.model.quotePrefix = true;
    return handled;
  };
  const getStyleModel = stylesXform.getStyleModel;
  stylesXform.getStyleModel = function (this: StylesXformPrototype, id) {
    const model = getStyleModel.call(this, id);
    const xf = this.model.styles[id];
    if (model && typeof xf === 'object' && xf?.quotePrefix) model.quotePrefix = true;
    return model;
  };
}

/** Whether a cell of a loaded workbook carries the quote prefix. */
export function hasQuotePrefix(cell: ExcelJS.Cell): boolean {
  return (cell.style as QuotePrefixStyle | undefined)?.quotePrefix === true;
}
