import { Field, ObjectType } from 'type-graphql';

/** A text in Bahasa Indonesia and English; clients show the user's language. */
@ObjectType('Text')
export class TextType {
  @Field(() => String, { description: 'Bahasa Indonesia' })
  id!: string;

  @Field(() => String, { description: 'English' })
  en!: string;
}
