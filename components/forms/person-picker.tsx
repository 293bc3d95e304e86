'use client';
/**
 * Choose one person by typing part of their name: a combobox with a list of suggestions,
 * following the WAI-ARIA Authoring Practices' "combobox with listbox popup" pattern (list
 * autocomplete, no automatic selection). Typing looks people up after a short pause; the
 * arrow keys move through the list, Enter or a click chooses, Escape closes the list and,
 * pressed again, clears the choice. What is submitted is the chosen person's id, in a hidden
 * field; typing again un-chooses, so a name that was never picked is refused, not saved.
 */
import { useRef, useState, type KeyboardEvent } from 'react';
import type { FieldMetadata } from '@conform-to/react';
import { controlAttributes, FieldShell } from './field-shell';

export interface PersonChoice {
  id: string;
  name: string;
  /** What tells namesakes apart, e.g. "Head of Data, Contoso". */
  detail: string;
}

export type PersonSearch = (
  query: string,
) => Promise<{ people: PersonChoice[] } | { error: string }>;

const PAUSE_MS = 250;
/**
 * Sent when a name is typed but nobody was chosen from the list: no one has this id, so the
 * server refuses it with a message instead of quietly saving "no one".
 */
const NOT_CHOSEN = '(typed, not chosen)';
const MIN_LETTERS = 2;

export function PersonPicker<Value, Form extends Record<string, unknown>>(props: {
  field: FieldMetadata<Value, Form, string[]>;
  label: string;
  hint?: string;
  initial: PersonChoice | null;
  search: PersonSearch;
}) {
  const { field, label, hint, search } = props;
  const [chosen, setChosen] = useState(props.initial);
  const [text, setText] = useState(props.initial?.name ?? '');
  const [options, setOptions] = useState<PersonChoice[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [note, setNote] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  // Answers can arrive out of order; only the latest question's answer is shown.
  const asked = useRef(0);
  const listId = `${field.id}-people`;

  async function lookUp(query: string) {
    const ticket = ++asked.current;
    const answer = await search(query);
    if (ticket !== asked.current) return;
    if ('error' in answer) {
      setOptions([]);
      setOpen(false);
      setNote(answer.error);
      return;
    }
    setOptions(answer.people);
    setOpen(answer.people.length > 0);
    setActive(-1);
    setNote(answer.people.length ? '' : 'No one by that name. Check the spelling.');
  }

  function type(value: string) {
    setText(value);
    setChosen(null);
    clearTimeout(timer.current);
    asked.current++;
    setNote('');
    if (value.trim().length < MIN_LETTERS) {
      setOpen(false);
      setOptions([]);
      return;
    }
    timer.current = setTimeout(() => void lookUp(value.trim()), PAUSE_MS);
  }

  function choose(person: PersonChoice) {
    setChosen(person);
    setText(person.name);
    setOpen(false);
    setOptions([]);
    setActive(-1);
    setNote('');
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const count = options.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!count) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      if (!open) setOpen(true);
      setActive((current) =>
        current < 0 && step < 0 ? count - 1 : (current + step + count) % count,
      );
    } else if (event.key === 'Enter' && open && active >= 0) {
      event.preventDefault(); // choosing, not submitting the form
      choose(options[active]!);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (open) setOpen(false);
      else type('');
    }
  }

  const optionId = (index: number) => `${listId}-${index}`;
  const attributes = controlAttributes(field, hint);
  return (
    <FieldShell field={field} label={label} hint={hint}>
      <div className="relative">
        <input
          id={field.id}
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={open && active >= 0 ? optionId(active) : undefined}
          autoComplete="off"
          value={text}
          onChange={(event) => type(event.target.value)}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
          {...attributes}
          className={`${attributes.className} w-full`}
        />
        <input
          type="hidden"
          name={field.name}
          value={chosen?.id ?? (text.trim() ? NOT_CHOSEN : '')}
        />
        <ul
          id={listId}
          role="listbox"
          aria-label={label}
          hidden={!open}
          className="absolute z-10 mt-1 max-h-72 w-full overflow-auto rounded-md border border-slate-300 bg-white py-1 shadow-lg"
        >
          {options.map((person, index) => (
            <li
              key={person.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              // Keep the focus in the input, so the click chooses before blur closes the list.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(person)}
              className={`cursor-pointer px-3 py-2 ${index === active ? 'bg-indigo-100' : 'hover:bg-slate-100'}`}
            >
              <span className="font-medium text-slate-900">{person.name}</span>
              {person.detail && (
                <span className="block text-sm text-slate-600">{person.detail}</span>
              )}
            </li>
          ))}
        </ul>
      </div>
      <p aria-live="polite" className="text-sm text-slate-700">
        {note}
        {open && (
          <span className="sr-only">{options.length} found; use the arrow keys to choose.</span>
        )}
      </p>
    </FieldShell>
  );
}
