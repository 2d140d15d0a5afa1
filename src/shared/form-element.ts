import type { PropertyDeclarations } from 'lit';
import { CfElement, textAttribute } from './base-element.js';

/**
 * A form-associated critical-friend element (after Web Awesome's base class):
 * it takes part in the enclosing `<form>` through `ElementInternals` with a
 * `name`, a value in `FormData`, validity, `disabled` (its own or a disabled
 * `<fieldset>`'s), form reset and the browser's state restore.
 */
export abstract class CfFormElement extends CfElement {
  static readonly formAssociated = true;

  // `static properties`, not decorators: see CfElement.properties.
  static override properties: PropertyDeclarations = {
    name: { reflect: true, converter: textAttribute('') },
    disabled: { type: Boolean, reflect: true },
    formDisabled: { state: true, attribute: false },
  };

  /** Name under which the value is submitted with the enclosing form. */
  name = '';

  /** Disables every control of the widget; a disabled widget submits nothing (the browser leaves it out of `FormData`). */
  disabled = false;

  /** Set while an enclosing `<fieldset disabled>` disables the element. */
  protected formDisabled = false;

  protected readonly internals: ElementInternals;

  constructor() {
    super();
    this.internals = this.attachInternals();
  }

  /** True when the reader cannot change anything. */
  protected get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  /** The enclosing form, if any. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }
  get validity(): ValidityState {
    return this.internals.validity;
  }
  get validationMessage(): string {
    return this.internals.validationMessage;
  }
  get willValidate(): boolean {
    return this.internals.willValidate;
  }
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
    // Reflecting our own `disabled` attribute calls this in the middle of an
    // update, when Lit drops new property changes: render again afterwards.
    if (this.isUpdatePending) void this.updateComplete.then(() => this.requestUpdate());
  }

  /**
   * The form's reset button: the author's initial state comes back, and the
   * live region is emptied, as what it last said (a verdict, a mark) no
   * longer holds and would be read again by anyone reading the page line by line.
   */
  formResetCallback(): void {
    this.clearAnnouncement();
    this.resetForm();
  }

  /** Put the author's initial state back. */
  protected abstract resetForm(): void;

  /** Restore the state saved by `setFormValue(value, state)` (back/forward, autofill). */
  abstract formStateRestoreCallback(state: unknown, mode: 'restore' | 'autocomplete'): void;
}
