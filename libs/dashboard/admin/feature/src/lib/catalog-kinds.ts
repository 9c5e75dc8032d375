import { CatalogEntry, CatalogPath } from '@leitbild-monitor/dashboard/admin/data-access';
import { ACTOR_TYPES, Actor, ActorType, FieldOfAction, TEXT_LIMITS } from '@leitbild-monitor/shared/contracts';

/** The form's values, one string per field. */
export type CatalogFormValue = Readonly<Record<string, string>>;

/** One field of a catalogue entry's form. `name` is always the first. */
export interface CatalogField {
  readonly name: string;
  readonly control: 'text' | 'textarea' | 'select';
  /** Translation key of the label. */
  readonly label: string;
  readonly required: boolean;
  readonly maxLength?: number;
  /** A select's values, the prefix of their translation keys, and the key of the empty choice. */
  readonly options?: readonly string[];
  readonly optionKey?: string;
  readonly emptyOption?: string;
}

/** One column of the list after the name. */
export interface CatalogColumn {
  /** Translation key of the header. */
  readonly header: string;
  /** The cell's text, or its translation key with `translated`. */
  cell(entry: CatalogEntry): string;
  readonly translated?: boolean;
  readonly testId?: string;
}

/**
 * What the catalogue page needs to know about one kind of catalogue entry: its API path, texts, fields with
 * their labels and limits, list columns, and the ids and test ids its page has always had.
 */
export interface CatalogKind {
  readonly path: CatalogPath;
  /** Prefix of the page's translation keys (`title`, `lead`, `listHeading`, `name`, `empty`, `createHeading`, …). */
  readonly texts: string;
  /** Stems of the element ids and test ids. */
  readonly ids: {
    /** `<list>-list-heading`. */
    readonly list: string;
    /** `<entry>-create-heading`, `<entry>-create` / `<entry>-edit` (forms), `<entry>-edit-dialog`, `<entry>-edit`. */
    readonly entry: string;
    /** `<row>-row` and `<row>-name` (test ids of the list). */
    readonly row: string;
    readonly table: string;
    /** The attribute on each row that holds the entry's id. */
    readonly rowIdAttribute: 'data-actor-id' | 'data-field-id';
  };
  readonly fields: readonly CatalogField[];
  readonly columns: readonly CatalogColumn[];
  /** The form's values for an entry being edited. */
  formValue(entry: CatalogEntry): CatalogFormValue;
  /** The body of a create or update request. */
  request(value: CatalogFormValue): object;
}

const nameField = (texts: string): CatalogField => ({
  name: 'name',
  control: 'text',
  label: `${texts}.name`,
  required: true,
  maxLength: TEXT_LIMITS.name,
});

export const FIELDS_OF_ACTION: CatalogKind = {
  path: 'fields-of-action',
  texts: 'admin.fieldsOfAction',
  ids: {
    list: 'fields',
    entry: 'field',
    row: 'field-of-action',
    table: 'fields-of-action-table',
    rowIdAttribute: 'data-field-id',
  },
  fields: [
    nameField('admin.fieldsOfAction'),
    {
      name: 'description',
      control: 'textarea',
      label: 'admin.fieldsOfAction.descriptionOptional',
      required: false,
      maxLength: TEXT_LIMITS.description,
    },
  ],
  columns: [
    { header: 'admin.fieldsOfAction.description', cell: (entry) => (entry as FieldOfAction).description ?? '' },
  ],
  formValue: (entry) => ({ name: entry.name, description: (entry as FieldOfAction).description ?? '' }),
  request: (value) => ({ name: value['name'].trim(), description: value['description'].trim() || null }),
};

export const ACTORS: CatalogKind = {
  path: 'actors',
  texts: 'admin.actors',
  ids: { list: 'actors', entry: 'actor', row: 'actor', table: 'actors-table', rowIdAttribute: 'data-actor-id' },
  fields: [
    nameField('admin.actors'),
    {
      name: 'type',
      control: 'select',
      label: 'admin.actors.type',
      // Empty until chosen: a default type would be saved unnoticed.
      required: true,
      options: ACTOR_TYPES,
      optionKey: 'admin.actorTypes.',
      emptyOption: 'admin.actors.chooseType',
    },
  ],
  columns: [
    {
      header: 'admin.actors.type',
      cell: (entry) => `admin.actorTypes.${(entry as Actor).type}`,
      translated: true,
      testId: 'actor-type',
    },
  ],
  formValue: (entry) => ({ name: entry.name, type: (entry as Actor).type }),
  request: (value) => ({ name: value['name'].trim(), type: value['type'] as ActorType }),
};
