// Lints probe sources at paths of the project with the project's boundary rules (eslint/boundaries.mjs) and prints
// the rules each broke, as JSON. Run by tests/unit/lint-boundaries.test.ts in a process of its own (ESLint loads
// its plugins with import(), which the test runner's module sandbox does not offer).
import { ESLint } from 'eslint'
import tseslint from 'typescript-eslint'

import { boundaries, importResolution } from '../../eslint/boundaries.mjs'

const cases = JSON.parse(
  await new Promise((resolve) => {
    let text = ''
    process.stdin.on('data', (chunk) => (text += chunk))
    process.stdin.on('end', () => resolve(text))
  }),
)

const eslint = new ESLint({
  overrideConfigFile: true,
  overrideConfig: [
    { files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.mjs'], languageOptions: { parser: tseslint.parser } },
    importResolution,
    ...boundaries,
  ],
})

const results = []
for (const { path, code } of cases) {
  const [result] = await eslint.lintText(code, { filePath: path })
  results.push(result.messages.map((m) => m.ruleId ?? m.message))
}
console.log(JSON.stringify(results))
