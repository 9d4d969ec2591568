import { Migration } from '@mikro-orm/migrations';

/**
 * Uploaded files of a case: one metadata row per file (the bytes are in the file
 * store), tied to the case from the upload on and to a document once attached.
 */
export class Migration20261123200000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "case_file" ("id" uuid not null, "case_id" uuid not null,
      "document_code" varchar(60) not null, "document_id" uuid null, "position" smallint null, "original_name" varchar(200) not null,
      "content_type" varchar(100) not null, "size_bytes" int not null, "original_size_bytes" int not null default 0,
      "sha256" varchar(64) not null, "width" int null, "height" int null, "storage_key" varchar(200) not null,
      "thumbnail_key" varchar(200) null, "uploaded_by_id" uuid not null, "uploaded_at" timestamptz not null,
      constraint "case_file_pkey" primary key ("id"));`);
    this.addSql(`create index "case_file_case_id_document_code_index" on "case_file" ("case_id", "document_code");`);
    this.addSql(`create index "case_file_document_id_index" on "case_file" ("document_id");`);
    this.addSql(`alter table "case_file" add constraint "case_file_case_id_foreign"
      foreign key ("case_id") references "spm_case" ("id") on update cascade;`);
    this.addSql(`alter table "case_file" add constraint "case_file_document_id_foreign"
      foreign key ("document_id") references "case_document" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "case_file" add constraint "case_file_uploaded_by_id_foreign"
      foreign key ("uploaded_by_id") references "app_user" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "case_file";`);
  }
}
