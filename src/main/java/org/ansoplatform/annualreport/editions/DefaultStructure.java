package org.ansoplatform.annualreport.editions;

import java.util.List;

import org.ansoplatform.annualreport.BlockKind;
import org.ansoplatform.annualreport.BlockSpec;

/**
 * The sections a year's first draft starts from: those of the alliance's Annual Report 2021 (the seed), each with the
 * blocks that report fills. Titles are the messages {@code annualreport.section.CODE} in every language. Lists name
 * whole figures, not parts: a breakdown has a part only in a year that has records of it ({@code [BOARD]} of a
 * year without Board decisions names nothing), and a new year's draft must be submittable as it starts.
 */
public final class DefaultStructure {

    private DefaultStructure() {
    }

    public record Block(BlockKind kind, BlockSpec spec) {

        static Block text() {
            return new Block(BlockKind.TEXT, BlockSpec.empty());
        }

        static Block list(String figure) {
            return new Block(BlockKind.RECORD_LIST, new BlockSpec(List.of(), figure, null, null, null));
        }
    }

    public record Section(String code, List<Block> blocks, List<Section> children) {
    }

    public static final List<Section> SECTIONS = List.of(
            new Section("letter", List.of(Block.text()), List.of()),
            new Section("highlights", List.of(Block.text()), List.of()),
            new Section("capacity", List.of(Block.text()), List.of(
                    new Section("scholarship", List.of(Block.text()), List.of()),
                    new Section("fellowship", List.of(Block.text()), List.of()),
                    new Section("trainings", List.of(Block.text()), List.of()))),
            new Section("advisory", List.of(Block.text()), List.of()),
            new Section("industry", List.of(Block.text()), List.of()),
            new Section("networks", List.of(Block.text()), List.of(
                    new Section("board", List.of(Block.text(), Block.list("governance.decisions")), List.of()),
                    new Section("members", List.of(Block.text()), List.of()),
                    new Section("publications", List.of(Block.text()), List.of()),
                    new Section("associations", List.of(Block.text()), List.of()),
                    new Section("meetings", List.of(Block.list("meetings.meetings")), List.of()))),
            new Section("finance", List.of(Block.text(), new Block(BlockKind.CHART,
                    new BlockSpec(List.of(), "finance.expenditure", "BAR", null, null))), List.of()),
            new Section("workplan", List.of(Block.text()), List.of()),
            new Section("acronyms", List.of(new Block(BlockKind.GLOSSARY, BlockSpec.empty())), List.of()));
}
