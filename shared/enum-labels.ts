import { getMetadataStorage } from 'type-graphql';

// A code that reaches a person (an e-mail, a status history, an error) is said in Spanish. The Spanish
// label of each enum value lives in one place: its description where the enum is registered with
// type-graphql (`valuesConfig`), which the schema also publishes.

type EnumObject = Record<string, string | number>;

export function enumLabel(enumObject: EnumObject, value: string): string {
  const storage = getMetadataStorage() as unknown as { enums: Array<{ enumObj: object; valuesConfig?: Record<string, { description?: string }> }> };
  const description = storage.enums.find(e => e.enumObj === enumObject)?.valuesConfig?.[value]?.description;
  return description ?? value;
}

/** The label as it reads inside a sentence: first letter in lower case unless an acronym or a name. */
export function enumLabelInSentence(enumObject: EnumObject, value: string): string {
  const label = enumLabel(enumObject, value);
  return /^[A-ZÁÉÍÓÚÑ][a-záéíóúñ]/.test(label) ? label[0].toLowerCase() + label.slice(1) : label;
}
