import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../..');
/** Attributes whose text users see or hear. */
const TEXT_ATTRIBUTES = new Set([
  'aria-label',
  'title',
  'placeholder',
  'alt',
  'label',
  'aria-description',
  'value',
]);
/** Text that is not language: punctuation, symbols, digits. */
const LETTERS = /\p{L}/u;

function componentFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return componentFiles(path);
    return path.endsWith('.tsx') ? [path] : [];
  });
}

/** `<option value="on">`: a form value the reader never sees (the option's text is what shows). */
function isOptionValue(node: ts.JsxAttribute): boolean {
  const element = node.parent.parent;
  return node.name.getText() === 'value' && element.tagName.getText() === 'option';
}

/** Every user-visible literal in a component file's JSX, with its line. */
export function hardcodedStrings(source: string, fileName = 'x.tsx'): string[] {
  const file = ts.createSourceFile(
    fileName,
    source,
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX,
  );
  const found: string[] = [];
  const line = (node: ts.Node) => file.getLineAndCharacterOfPosition(node.getStart()).line + 1;
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node) && LETTERS.test(node.text)) {
      found.push(`${line(node)}: text "${node.text.trim()}"`);
    } else if (
      ts.isJsxAttribute(node) &&
      TEXT_ATTRIBUTES.has(node.name.getText()) &&
      !isOptionValue(node)
    ) {
      const init = node.initializer;
      const literal =
        init && ts.isStringLiteral(init)
          ? init.text
          : init &&
              ts.isJsxExpression(init) &&
              init.expression &&
              ts.isStringLiteralLike(init.expression)
            ? init.expression.text
            : null;
      if (literal !== null && LETTERS.test(literal))
        found.push(`${line(node)}: ${node.name.getText()}="${literal}"`);
    } else if (
      ts.isJsxExpression(node) &&
      node.expression &&
      ts.isStringLiteralLike(node.expression) &&
      ts.isJsxElement(node.parent) &&
      LETTERS.test(node.expression.text)
    ) {
      found.push(`${line(node)}: text {"${node.expression.text}"}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('hard-coded user-visible strings', () => {
  it('ignores the values of <option>, which are not shown', () => {
    const sample = `export const A = () => <select><option value="on">{t('on')}</option></select>;`;
    expect(hardcodedStrings(sample)).toEqual([]);
    expect(
      hardcodedStrings(`export const B = () => <input type="submit" value="Send" />;`),
    ).toEqual(['1: value="Send"']);
  });

  it('are found by the check (it is not blind)', () => {
    const sample = `export const A = () => <button aria-label="Close" title={'Shut'}>Open {'me'} {t('ok')} — 3</button>;`;
    expect(hardcodedStrings(sample)).toEqual([
      '1: aria-label="Close"',
      `1: title="Shut"`,
      '1: text "Open"',
      '1: text {"me"}',
    ]);
  });

  it.each(componentFiles(join(ROOT, 'src')).map((f) => [relative(ROOT, f), f]))(
    'none in %s: every string comes from the message files',
    (_, file) => {
      expect(hardcodedStrings(readFileSync(file, 'utf8'), file)).toEqual([]);
    },
  );
});
