// Rules of this project's own, for what the issue on lint (issue 18) found in the code and no stock rule catches.

/** An if or else branch with no statement: an empty block (even one that holds only a comment) or a lone `;`. */
const noEmptyBranch = {
  meta: { type: 'suggestion', docs: { description: 'disallow if/else branches that do nothing' }, messages: { empty: 'This {{which}} branch does nothing: invert the condition or drop the branch.' }, schema: [] },
  create(context) {
    const empty = (node) => node && (node.type === 'EmptyStatement' || (node.type === 'BlockStatement' && node.body.length === 0));
    return {
      IfStatement(node) {
        if (empty(node.consequent)) context.report({ node: node.consequent, messageId: 'empty', data: { which: 'if' } });
        if (empty(node.alternate)) context.report({ node: node.alternate, messageId: 'empty', data: { which: 'else' } });
      },
    };
  },
};

/** `c ? x : x`: the condition decides nothing. */
const noIdenticalTernary = {
  meta: { type: 'problem', docs: { description: 'disallow a conditional expression whose two arms are the same' }, messages: { same: 'Both arms of this conditional are `{{text}}`: the condition decides nothing.' }, schema: [] },
  create(context) {
    const source = context.sourceCode;
    const text = (node) => source.getText(node).replace(/\s+/g, ' ');
    return {
      ConditionalExpression(node) {
        if (text(node.consequent) === text(node.alternate)) context.report({ node, messageId: 'same', data: { text: text(node.consequent).slice(0, 60) } });
      },
    };
  },
};

/** Two doc comments (`/** … *\/`), the second on the line after the first: the first one documents nothing. */
const noStackedDocComments = {
  meta: { type: 'suggestion', docs: { description: 'disallow a doc comment directly followed by another' }, messages: { stacked: 'This doc comment is followed by another one: merge them, or make the first a plain comment.' }, schema: [] },
  create(context) {
    const source = context.sourceCode;
    return {
      Program() {
        const docs = source.getAllComments().filter((c) => c.type === 'Block' && c.value.startsWith('*'));
        for (let i = 0; i + 1 < docs.length; i++) {
          const between = source.text.slice(docs[i].range[1], docs[i + 1].range[0]);
          if (/^[ \t]*\r?\n?[ \t]*$/.test(between)) context.report({ loc: docs[i].loc, messageId: 'stacked' });
        }
      },
    };
  },
};

export default { rules: { 'no-empty-branch': noEmptyBranch, 'no-identical-ternary': noIdenticalTernary, 'no-stacked-doc-comments': noStackedDocComments } };
