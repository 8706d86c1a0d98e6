/**
 * The cooperation agreement (Споразумение за сътрудничество) of a partnership: generated as PDF and DOCX from the
 * record in numbered versions, approved or returned by the chitalishte board, its signed copy kept, and reminders
 * before it ends. Depends on the partnership module, never the reverse; signed copies go through the material
 * module's {@code UploadService} (the one file store, Tika for the content type).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Agreement")
package bg.libpartners.agreement;
