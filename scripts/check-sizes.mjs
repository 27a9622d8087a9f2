#!/usr/bin/env node
// Fails when a source file under packages/*/src is over 400 lines or a function in it is over 120
// (generated files aside): past those sizes a file or a function is a module trying to get out
// (CONTRIBUTING.md). Functions are measured with the TypeScript parser, from the first line of
// the declaration to its closing brace; a class counts by its methods, not as a whole.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const maxFileLines = 400;
const maxFunctionLines = 120;

function sourceFiles(dir, found = []) {
  for (const entry of readdirSync(dir)) {
    if (entry === 'generated' || entry === 'node_modules') continue;
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) sourceFiles(path, found);
    else if (/\.(ts|mts)$/.test(entry) && !entry.endsWith('.d.ts')) found.push(path);
  }
  return found;
}

function isFunctionLike(node) {
  return (
    ts.isFunctionDeclaration(node) ||
    ts.isFunctionExpression(node) ||
    ts.isArrowFunction(node) ||
    ts.isMethodDeclaration(node) ||
    ts.isConstructorDeclaration(node) ||
    ts.isGetAccessorDeclaration(node) ||
    ts.isSetAccessorDeclaration(node)
  );
}

function functionName(node, source) {
  if (node.name) return node.name.getText(source);
  const parent = node.parent;
  if (parent && ts.isVariableDeclaration(parent)) return parent.name.getText(source);
  if (parent && ts.isPropertyAssignment(parent)) return parent.name.getText(source);
  if (parent && ts.isPropertyDeclaration(parent)) return parent.name.getText(source);
  return '(anonymous)';
}

const problems = [];
const packagesDir = join(root, 'packages');
for (const name of readdirSync(packagesDir)) {
  const srcDir = join(packagesDir, name, 'src');
  try {
    if (!statSync(srcDir).isDirectory()) continue;
  } catch {
    continue;
  }
  for (const file of sourceFiles(srcDir)) {
    const text = readFileSync(file, 'utf8');
    const where = relative(root, file);
    const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
    if (lines > maxFileLines) problems.push(`${where}: ${lines} lines (at most ${maxFileLines})`);
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node) => {
      if (isFunctionLike(node) && node.body) {
        const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
        const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
        const length = end - start + 1;
        if (length > maxFunctionLines) {
          problems.push(
            `${where}:${start + 1}: function ${functionName(node, source)} is ${length} lines (at most ${maxFunctionLines})`,
          );
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
}

if (problems.length > 0) {
  console.error(`Too large to read at once (split it):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`source files within ${maxFileLines} lines, functions within ${maxFunctionLines}`);
