import { Field, ObjectType } from 'type-graphql';
import { TextType } from './text.type.js';

@ObjectType('Penerima', { description: 'A penerima (recipient) category of the SPM, e.g. ELDERLY (Lanjut usia)' })
export class PenerimaType {
  @Field(() => String, { description: "The category, as the case list's and the recap's `penerima`" }) id!: string;
  @Field(() => TextType) label!: TextType;
}

@ObjectType('SpmService', {
  description: "A jenis pelayanan dasar (type of basic service) of a sector's SPM regulation, declared by its plugin",
})
export class SpmServiceType {
  @Field(() => String, { description: "Unique within the sector: the recap's serviceId, the case list's spmService" })
  id!: string;
  @Field(() => TextType, { description: 'The name as the regulation writes it' }) name!: TextType;
  @Field(() => String, { description: 'The regulation and article that lists the service' }) basis!: string;
  @Field(() => Boolean, {
    description: 'False for a supporting service the desk handles, reported beside the SPM but never counted as SPM',
  })
  countsTowardSpm!: boolean;
  @Field(() => [PenerimaType], {
    description: "The penerima the sector's service types count toward this service, in the SPM vocabulary's order",
  })
  penerima!: PenerimaType[];
}
