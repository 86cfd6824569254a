/**
 * Zod schemas of the content collections, kept free of Astro's runtime so
 * that unit tests can validate fixtures with them. `src/content.config.ts`
 * wires them to loaders and turns the plain ids into collection references.
 */
import { z } from 'astro/zod';
import { isDocumentTypeId, type DocumentTypeId } from './citations/types';
import { ENTRY_ID } from './content/ids';

/** An ASCII id: lower-case letters, digits and single hyphens (used in URLs). */
export const asciiId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'chỉ gồm chữ thường không dấu, chữ số và dấu gạch nối (ví dụ: tinh-uy-hau-giang)');

export const issuerSchema = z
  .object({
  id: asciiId,
  /** The name as printed in a document's header, e.g. "TỈNH ỦY HẬU GIANG". */
  name: z.string().min(1),
  /** The everyday name, e.g. "Tỉnh ủy Hậu Giang". */
  shortName: z.string().min(1),
  /** The code used in document symbols: TU, TW, UBKTTW … */
  code: z.string().min(1),
  /** The body this one belongs to (an issuer id), for grouping and context: Ban Thường vụ Tỉnh ủy → Tỉnh ủy. */
  parent: asciiId.optional(),
  /**
   * The organisation this name stands for (an issuer id) when two names denote
   * one body: Ban Chấp hành Đảng bộ tỉnh Hậu Giang is Tỉnh ủy Hậu Giang. Lists
   * and filters show such documents under the organisation's name, once.
   */
  sameAs: asciiId.optional(),
  /** The superior body printed above the issuing body in a header, if any. */
  printedSuperior: z.string().min(1).optional(),
  /** For a provincial or district body: the place printed in the date line. */
  place: z.string().min(1).optional(),
  })
  .strict();

/** A programme id: its path under content/programmes without extension ("tinh-uy-hau-giang/2025-quy-i"). */
export const programmeId = z
  .string()
  .regex(ENTRY_ID, 'mã chương trình: thư mục/tên tệp không đuôi, chữ thường không dấu (ví dụ: tinh-uy-hau-giang/2025)');

export const statusSchema = z.enum(['du-thao', 'ban-hanh']);

export const periodSchema = z
  .object({
    year: z.number().int().min(1930).max(2100),
    /** 1–4 for a quarterly programme; absent for a whole-year programme. */
    quarter: z.number().int().min(1).max(4).optional(),
  })
  .strict();

const isoDate = z.coerce.date();

export const programmeSchema = z
  .object({
    /** The title used in lists and the browser tab. */
    title: z.string().min(1),
    /** The document type printed in capitals above the subject. */
    documentType: z.string().min(1).default('CHƯƠNG TRÌNH'),
    /** The subject line printed under the document type (trích yếu). */
    subject: z.string().min(1),
    /** The issuing body: an id in `content/issuers.yaml`. */
    issuer: asciiId,
    /** The number, e.g. "65"; absent while the document is a draft. */
    number: z.string().regex(/^\d+$/, 'chỉ gồm chữ số').optional(),
    /** The symbol after the number, e.g. "CTr/TU". */
    symbolSuffix: z.string().min(1).default('CTr/TU'),
    /** Place printed in the date line; defaults to the issuer's place. */
    place: z.string().min(1).optional(),
    /** Date of issue; absent for a draft. */
    date: isoDate.optional(),
    /** The year printed in a draft's date line when the day and month are still blank. */
    draftYear: z.number().int().min(1930).max(2100).optional(),
    period: periodSchema,
    status: statusSchema,
    /** The programme this one implements (e.g. the annual programme): a programme id, "tinh-uy-hau-giang/2025". */
    parent: programmeId.optional(),
    /** Where the text came from. */
    source: z
      .object({
        description: z.string().min(1),
        file: z.string().min(1).optional(),
        receivedOn: isoDate.optional(),
      })
      .strict(),
    /** Editorial notes shown beside the document, never inside it. */
    editorialNotes: z.array(z.string().min(1)).default([]),
  })
  .strict()
  .superRefine((data, ctx) => {
    if (data.status === 'ban-hanh') {
      if (!data.number) ctx.addIssue({ code: 'custom', path: ['number'], message: 'văn bản đã ban hành phải có số' });
      if (!data.date) ctx.addIssue({ code: 'custom', path: ['date'], message: 'văn bản đã ban hành phải có ngày ban hành' });
    }
    if (data.date && data.draftYear !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['draftYear'], message: 'chỉ dùng draftYear khi chưa có ngày ban hành' });
    }
  });

/** Status ids of a document (tình trạng hiệu lực); labels in src/lib/i18n/documents.ts. */
export const DOCUMENT_STATUS_IDS = ['con-hieu-luc', 'het-hieu-luc', 'het-hieu-luc-mot-phan', 'chua-ro'] as const;
export type DocumentStatusId = (typeof DOCUMENT_STATUS_IDS)[number];

/**
 * Whether a document is in force. Written either as the bare id
 * (`status: con-hieu-luc`) or as an object with the date and the document
 * that ended it (`status: { value: het-hieu-luc, date: 2024-05-09, by: qd-144-tw-2024 }`).
 * Absent means *chưa rõ*: never guess a status from the text.
 */
export const documentStatusSchema = z.preprocess(
  (raw) => (typeof raw === 'string' ? { value: raw } : raw),
  z
    .object({
      /** còn hiệu lực / hết hiệu lực / hết hiệu lực một phần / chưa rõ. */
      value: z.enum(DOCUMENT_STATUS_IDS, { message: `tình trạng phải là một trong: ${DOCUMENT_STATUS_IDS.join(', ')}` }),
      /** The date the document ceased (or partly ceased) to be in force. */
      date: isoDate.optional(),
      /** The document that ended it (an id in content/resolutions). */
      by: asciiId.optional(),
      /** A short editorial remark (which part ceased, on what grounds). */
      note: z.string().min(1).optional(),
    })
    .strict()
    .superRefine((data, ctx) => {
      if ((data.value === 'con-hieu-luc' || data.value === 'chua-ro') && (data.date || data.by)) {
        ctx.addIssue({ code: 'custom', path: ['value'], message: 'chỉ ghi date/by khi văn bản hết hiệu lực (toàn bộ hoặc một phần)' });
      }
    }),
);

/** Relation ids, as recorded on the document that acts (07-NQ/TU `thuc-hien` 20-NQ/TW); names in src/lib/i18n/documents.ts. */
export const RELATION_TYPE_IDS = ['can-cu', 'thuc-hien', 'huong-dan', 'sua-doi-bo-sung', 'thay-the', 'bai-bo'] as const;
export type RelationTypeId = (typeof RELATION_TYPE_IDS)[number];

/** A typed link from this document to another one in content/resolutions. */
export const documentRelationSchema = z
  .object({
    /** căn cứ, thực hiện, hướng dẫn, sửa đổi bổ sung, thay thế, bãi bỏ. */
    type: z.enum(RELATION_TYPE_IDS, { message: `loại quan hệ phải là một trong: ${RELATION_TYPE_IDS.join(', ')}` }),
    /** The other document: an id in content/resolutions (its file name without .yaml). */
    target: asciiId,
    /** Optional remark, e.g. which articles are amended. */
    note: z.string().min(1).optional(),
  })
  .strict();

export const resolutionSchema = z
  .object({
    /** Document type: nghi-quyet, chi-thi, quy-dinh, quyet-dinh … (see src/lib/citations/types.ts). */
    type: z.string().refine(isDocumentTypeId, 'loại văn bản không có trong danh mục (src/lib/citations/types.ts)').transform((t) => t as DocumentTypeId),
    /** The number as written, e.g. "07"; absent for a document known only by name. */
    number: z.string().regex(/^\d+$/, 'chỉ gồm chữ số').optional(),
    /** The canonical symbol, e.g. "07-NQ/TU" or "30/2020/NĐ-CP". */
    symbol: z.string().min(1).optional(),
    /** The name of a document that has no symbol (a plan, an annual programme). */
    title: z.string().min(1).optional(),
    /** The issuing body: an id in `content/issuers.yaml`. */
    issuer: asciiId,
    /** Date of issue, when known. */
    date: isoDate.optional(),
    /** The year, when only the year is known. */
    year: z.number().int().min(1930).max(2100).optional(),
    /** The term of the issuing committee (khóa), e.g. "XIII". */
    term: z.string().regex(/^[IVXLC]+$/, 'số La Mã, ví dụ XIII').optional(),
    /** The subject (trích yếu) where known, worded as the citing text words it. */
    subject: z.string().min(1).optional(),
    /** Other spellings of the symbol met in real documents (e.g. errata). */
    aliases: z.array(z.string().min(1)).default([]),
    /** Phrases without a symbol that name this document. */
    namedReferences: z.array(z.string().min(1)).default([]),
    /** Whether an editor has checked this entry against the document. */
    curated: z.boolean().default(true),
    /** Editorial notes about the entry. */
    notes: z.array(z.string().min(1)).default([]),
    /** Whether the document is in force; *chưa rõ* until an editor checks. */
    status: documentStatusSchema.default({ value: 'chua-ro' }),
    /** Relations this document has to others, recorded by an editor; each is shown from both ends. */
    relations: z.array(documentRelationSchema).default([]),
    /**
     * The original file as received (`.pdf` or `.docx`), relative to the content
     * folder: `sources/nq-07-tu-hau-giang-2022.pdf`. The build copies it to the
     * site (`/ban-goc/<id>.pdf`) and the document page offers it as *Tải bản gốc*;
     * a file that does not exist fails the build.
     */
    original: z
      .string()
      .regex(/^sources\/(?:[^/\\]+\/)*[^/\\]+\.(?:pdf|docx)$/iu, 'tệp bản gốc phải là tệp .pdf hoặc .docx trong thư mục sources/ (ví dụ: sources/nq-07-tu-hau-giang-2022.pdf)')
      .refine((p) => !p.split('/').includes('..'), 'không dùng ".." trong đường dẫn tệp bản gốc')
      .optional(),
    /**
     * The programme on the site that is this document (a programme id, e.g.
     * `tinh-uy-hau-giang/2025`): citations of the document link to the
     * programme's page, which lists the programmes implementing it. An id
     * that names no programme fails the build.
     */
    programme: programmeId.optional(),
  })
  .strict()
  .superRefine((data, ctx) => {
    if (!data.symbol && !data.title) ctx.addIssue({ code: 'custom', path: ['symbol'], message: 'cần có symbol (số ký hiệu) hoặc title (tên văn bản)' });
    if (data.symbol && !data.number) ctx.addIssue({ code: 'custom', path: ['number'], message: 'văn bản có số ký hiệu phải có number' });
    if (data.date && data.year !== undefined && data.date.getUTCFullYear() !== data.year) {
      ctx.addIssue({ code: 'custom', path: ['year'], message: 'year khác năm của date' });
    }
  });

/**
 * Frontmatter of a document's full text (`content/resolutions/<id>.mdx`, beside
 * `<id>.yaml`, which stays the document's record). Usually empty; the text
 * below it is published exactly as written.
 */
export const documentTextSchema = z
  .object({
    /** Where the text was taken from, e.g. "Bản chụp văn bản lưu tại Văn phòng Tỉnh ủy". */
    source: z.string().min(1).optional(),
  })
  .strict();

export type Issuer = z.infer<typeof issuerSchema>;
export type ProgrammeData = z.infer<typeof programmeSchema>;
export type ResolutionData = z.infer<typeof resolutionSchema>;
export type DocumentTextData = z.infer<typeof documentTextSchema>;
export type DocumentStatus = z.infer<typeof documentStatusSchema>;
export type DocumentRelation = z.infer<typeof documentRelationSchema>;
export type ProgrammeStatus = z.infer<typeof statusSchema>;
export type Period = z.infer<typeof periodSchema>;
