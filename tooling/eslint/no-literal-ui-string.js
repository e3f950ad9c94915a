/**
 * planner/no-literal-ui-string: words a person reads must come from the
 * message files (apps/web/messages/*.json), not from JSX. Reports JSX text
 * with letters, and string literals with letters that are rendered as
 * children ({"…"}, {cond ? "…" : "…"}) or passed to attributes people read
 * (aria-label, placeholder, title, alt, and our components' label props).
 * Brand names and the like go in `allow`.
 */
const READ_ATTRIBUTES = new Set([
  "aria-label",
  "aria-description",
  "aria-valuetext",
  "aria-roledescription",
  "placeholder",
  "title",
  "alt",
  "label",
  "hint",
  "pendingLabel",
  "confirmLabel",
  "cancelLabel",
  "description",
  "heading",
  "message",
  "emptyText",
]);

const LETTER = /\p{L}/u;

export const noLiteralUiString = {
  meta: {
    type: "problem",
    docs: { description: "User-visible text in JSX must come from the message files" },
    schema: [{ type: "object", properties: { allow: { type: "array", items: { type: "string" } } }, additionalProperties: false }],
    messages: { literal: "Visible text “{{text}}” belongs in apps/web/messages/*.json (useTranslations / getTranslations)." },
  },
  create(context) {
    const allow = new Set(context.options[0]?.allow ?? []);
    // Allowed words (brand names) and marks may stand beside other text: "Planner · " is fine.
    const visible = (text) => {
      let rest = text;
      for (const word of allow) rest = rest.split(word).join(" ");
      return LETTER.test(rest);
    };
    const report = (node, text) => context.report({ node, messageId: "literal", data: { text: text.trim().slice(0, 40) } });

    /** Strings an expression may evaluate to, as written in it. */
    function checkExpression(node) {
      if (!node) return;
      switch (node.type) {
        case "Literal":
          if (typeof node.value === "string" && visible(node.value)) report(node, node.value);
          return;
        case "TemplateLiteral":
          for (const quasi of node.quasis) if (visible(quasi.value.cooked ?? "")) report(quasi, quasi.value.cooked ?? "");
          return;
        case "ConditionalExpression":
          checkExpression(node.consequent);
          checkExpression(node.alternate);
          return;
        case "LogicalExpression":
          checkExpression(node.left);
          checkExpression(node.right);
          return;
        default:
      }
    }

    return {
      JSXText(node) {
        if (visible(node.value)) report(node, node.value);
      },
      JSXExpressionContainer(node) {
        if (node.parent?.type === "JSXElement" || node.parent?.type === "JSXFragment") checkExpression(node.expression);
      },
      JSXAttribute(node) {
        const name = node.name.type === "JSXIdentifier" ? node.name.name : null;
        if (!name || !READ_ATTRIBUTES.has(name) || !node.value) return;
        if (node.value.type === "Literal") checkExpression(node.value);
        else if (node.value.type === "JSXExpressionContainer") checkExpression(node.value.expression);
      },
    };
  },
};

export default { rules: { "no-literal-ui-string": noLiteralUiString } };
