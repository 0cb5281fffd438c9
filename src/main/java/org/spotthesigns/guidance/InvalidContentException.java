package org.spotthesigns.guidance;

/**
 * A content file that cannot be published. Thrown at start-up, so the portal never serves
 * half-broken guidance; the message names the file, the line where known, and the problem.
 */
public class InvalidContentException extends RuntimeException {

    private final String file;
    private final int line;

    public InvalidContentException(String file, int line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    /** One-based line number, or 0 where the problem concerns the whole file. */
    public int line() {
        return line;
    }
}
