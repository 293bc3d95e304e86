/**
 * Every module of the server layer starts with `import 'server-only'`, so that a client
 * component that reaches one, however indirectly, fails the build instead of shipping
 * server code (and its secrets) to the browser.
 */
const rule = {
  meta: {
    type: 'problem',
    docs: { description: "require `import 'server-only'` as the first statement" },
    schema: [],
    messages: {
      missing:
        "A lib/server module starts with `import 'server-only';`. A pure module belongs in lib/core; code that scripts share with the server belongs in lib/node.",
    },
  },
  create(context) {
    return {
      Program(program) {
        const first = program.body[0];
        const isServerOnly =
          first?.type === 'ImportDeclaration' &&
          first.source.value === 'server-only' &&
          first.specifiers.length === 0;
        if (!isServerOnly) context.report({ node: first ?? program, messageId: 'missing' });
      },
    };
  },
};

export const pathfinderRules = { rules: { 'server-only-first': rule } };
