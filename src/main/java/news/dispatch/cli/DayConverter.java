package news.dispatch.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A day on the command line ({@code --from}, {@code --to}): a wrong one is told as the API tells it, in one sentence,
 * not as picocli's default with Java's exception class and field names.
 */
final class DayConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + value + "' is not a date; write it as YYYY-MM-DD, e.g. 2022-12-02.");
        }
    }
}
