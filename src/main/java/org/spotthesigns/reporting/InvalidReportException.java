package org.spotthesigns.reporting;

import java.util.List;

/** A report that breaks the rules reached the service: nothing was stored. */
public class InvalidReportException extends RuntimeException {

    private final List<Problem> problems;

    public InvalidReportException(List<Problem> problems) {
        super("the report has " + problems.size() + " problem(s): "
                + problems.stream().map(p -> p.field() + " " + p.messageKey()).toList());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
