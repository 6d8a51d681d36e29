// Types of the generated standalone validator (see scripts/generate-compose-validator.ts).
export interface SchemaError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}
declare function validate(data: unknown): boolean;
declare namespace validate {
  let errors: SchemaError[] | null | undefined;
}
export default validate;
