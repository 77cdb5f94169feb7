// Svelte actions shared by the form controls.

/** Shows a checkbox as "not answered" (indeterminate) while the answer is null. */
export function indeterminate(node: HTMLInputElement, on: boolean | undefined) {
  node.indeterminate = !!on;
  return {
    update(v: boolean | undefined) {
      node.indeterminate = !!v;
    },
  };
}
