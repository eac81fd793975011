package news.akhbar.photo;

/** A processed upload about to be stored: its content-hash id, texts, sizes and who uploaded it. */
public record NewPhoto(String id, PhotoTexts texts, PhotoProcessor.Processed processed, String uploadedBy) {}
