package app.recoup.api.imports;

/** A cell that cannot be read; its message is shown to the person who uploaded the file. */
class InvalidValueException extends RuntimeException {

  InvalidValueException(String message) {
    super(message);
  }
}
