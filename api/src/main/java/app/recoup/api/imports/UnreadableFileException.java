package app.recoup.api.imports;

/** The file as a whole cannot be read: nothing in it was imported. */
class UnreadableFileException extends RuntimeException {

  UnreadableFileException(String message) {
    super(message);
  }
}
