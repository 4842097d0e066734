package org.totalplace.spend.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.totalplace.spend.domain.ColumnMapping;

class LedgerStreamTest {

    private static final UUID ID = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final ColumnMapping MAPPING = new ColumnMapping("Amount", "Paid", null, null, "Supplier",
            List.of("Service"), List.of("Ref"));

    private final ByteArrayOutputStream copied = new ByteArrayOutputStream();

    private LedgerStream.Tally read(String csv, int listed) throws Exception {
        return new LedgerStream(MAPPING, ID, listed).read(new StringReader(csv),
                (bytes, length) -> copied.write(bytes, 0, length));
    }

    @Test
    void shouldSumAcceptedLinesAndCopyThemBetweenTheBinaryHeaderAndTrailer() throws Exception {
        LedgerStream.Tally tally = read("""
                Service,Supplier,Amount,Paid,Ref
                Libraries,"BOOKS ""R"" US",1234.5,2011-04-02,A1
                Libraries,Café Noir,"1,000.00",,
                """, 10);

        assertThat(tally.accepted).isEqualTo(2);
        assertThat(tally.total).isEqualByComparingTo("2234.50");
        // binary COPY data (checked value by value against PostgreSQL in CopyRowsTest): the header, then the trailer
        byte[] data = copied.toByteArray();
        assertThat(new String(data, 0, 6, StandardCharsets.US_ASCII)).isEqualTo("PGCOPY");
        assertThat(data).endsWith((byte) 0xFF, (byte) 0xFF);
    }

    @Test
    void shouldCountBlankTotalAndRejectedRowsWithTheLineARecordStartsOn() throws Exception {
        LedgerStream.Tally tally = read("""
                Service,Supplier,Amount,Paid,Ref
                Libraries,"MULTI
                LINE LTD",10.00,2011-04-02,A1

                ,,99.00,,
                Libraries,BOOKS LTD,ten,2011-04-02,A2
                Libraries,BOOKS LTD,1.00,2011-04-02
                """, 10);

        assertThat(tally.counts()).isEqualTo(new org.totalplace.spend.domain.LedgerImport.Counts(1, 2, 1, 1));
        assertThat(tally.rejections).extracting(ImportReport.Rejection::line).containsExactly(6, 7);
        assertThat(tally.rejections.get(0).column()).isEqualTo("Amount");
    }

    @Test
    void shouldFlagExactDuplicatesAndListOnlyAsManyAsAsked() throws Exception {
        String line = "Libraries,BOOKS LTD,1.00,2011-04-02,A1\n";
        LedgerStream.Tally tally = read("Service,Supplier,Amount,Paid,Ref\n" + line + line + line + line, 2);

        assertThat(tally.duplicates.count()).isEqualTo(3);
        assertThat(tally.duplicates.listed()).hasSize(2);
        assertThat(tally.categories.size()).isEqualTo(1);
    }

    @Test
    void shouldNameTheLineWhereAnUnclosedQuoteStarts() {
        assertThatThrownBy(() -> read("Service,Supplier,Amount,Paid,Ref\nLibraries,\"A\nB\",1.00,,\n"
                + "Libraries,\"OPEN,1.00,,\n", 10))
                .isInstanceOfSatisfying(LedgerStream.UnreadableException.class,
                        e -> assertThat(e.line()).isEqualTo(4));
    }

    @Test
    void shouldRefuseAFileWithoutHeaderOrWithAHeaderLackingAMappedColumn() {
        assertThatThrownBy(() -> read("", 10)).isInstanceOfSatisfying(LedgerStream.BadHeaderException.class,
                e -> assertThat(e.reason()).isEqualTo("must start with a header line"));
        assertThatThrownBy(() -> read("Service,Supplier,Value\n", 10))
                .isInstanceOfSatisfying(LedgerStream.BadHeaderException.class,
                        e -> assertThat(e.field()).isEqualTo("amount"));
    }
}
