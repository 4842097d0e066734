package org.totalplace.spend.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class RecordsAheadTest {

    @Test
    void shouldGiveEveryRecordInFileOrderWithItsLineAcrossManyBatches() throws IOException {
        int rows = RecordsAhead.BATCH * (RecordsAhead.BATCHES + 3) + 7;
        StringBuilder csv = new StringBuilder("Ref,Note\n");
        for (int i = 1; i <= rows; i++) {
            // every tenth record spans two lines, so line numbers drift from record numbers
            csv.append(i).append(i % 10 == 0 ? ",\"two\nlines\"\n" : ",one\n");
        }
        List<String> refs = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        try (RecordsAhead records = new RecordsAhead(new LedgerRecords(new StringReader(csv.toString())))) {
            assertThat(records.next()).containsExactly("Ref", "Note");
            List<String> fields;
            while ((fields = records.next()) != null) {
                refs.add(fields.get(0));
                lines.add(records.line());
            }
            assertThat(records.next()).isNull();
        }

        assertThat(refs).hasSize(rows).first().isEqualTo("1");
        assertThat(refs.get(rows - 1)).isEqualTo(String.valueOf(rows));
        assertThat(lines.get(9)).isEqualTo(11); // record 10 starts on line 11 (the header is line 1)
        assertThat(lines.get(10)).isEqualTo(13); // record 11 after record 10's two lines
    }

    @Test
    void shouldHandOutTheRecordsBeforeAnUnreadableOneThenFailWithItsLine() throws IOException {
        String csv = "Ref,Note\n1,a\n2,b\n3,\"never closed\n4,d\n";
        try (RecordsAhead records = new RecordsAhead(new LedgerRecords(new StringReader(csv)))) {
            records.next();
            assertThat(records.next()).containsExactly("1", "a");
            assertThat(records.next()).containsExactly("2", "b");
            assertThatThrownBy(records::next).isInstanceOf(IOException.class);
            assertThat(records.nextLine()).isEqualTo(4);
            assertThat(records.next()).isNull();
        }
    }

    @Test
    @Timeout(10)
    void shouldStopTheParserWhenTheReaderClosesEarly() throws IOException {
        StringBuilder csv = new StringBuilder("Ref\n");
        for (int i = 0; i < 200_000; i++) {
            csv.append(i).append('\n');
        }
        RecordsAhead records = new RecordsAhead(new LedgerRecords(new StringReader(csv.toString())));
        records.next();
        records.next();

        records.close(); // returns once the parser, blocked on a full queue, has let go

        assertThat(Thread.getAllStackTraces().keySet().stream().map(Thread::getName)).doesNotContain("ledger-parser");
    }
}
