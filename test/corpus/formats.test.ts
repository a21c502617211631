import { describe, expect, it } from 'vitest';
import { fromLabelStudioExport, toLabelStudioTasks } from '../../src/corpus/labelstudio.js';
import { formatSemeval2020Spans, parseSemeval2020Spans, semeval2020To2023, semeval2023To2020 } from '../../src/corpus/semeval2020.js';
import { formatSpans, parseParagraphLabels, parseSpans, parseTemplate } from '../../src/corpus/semeval2023.js';
import type { LabeledSpan } from '../../src/corpus/semeval2023.js';
import { Doc } from '../../src/doc/doc.js';
import { InputError } from '../../src/errors.js';

const span = (id: string, technique: string, start: number, end: number) => ({ id, technique, start, end }) as LabeledSpan;

describe('SemEval-2020 Task 11 span format', () => {
  const file = '111\tName_Calling,Labeling\t10\t25\n111\tWhataboutism,Straw_Men,Red_Herring\t30\t52\n222\tBlack-and-White_Fallacy\t0\t8\n';

  it('reads labels with commas and maps them onto the 23 techniques', () => {
    const spans = parseSemeval2020Spans(file);
    expect(spans).toHaveLength(3);
    expect(spans[0]).toEqual({ id: '111', technique: 'Name_Calling,Labeling', start: 10, end: 25 });
    expect(semeval2020To2023(spans).map((s) => s.technique)).toEqual(['Name_Calling-Labeling', 'Whataboutism', 'False_Dilemma-No_Choice']);
  });

  it('round-trips through the 2023 labels, reporting techniques 2020 did not have', () => {
    const back = semeval2023To2020([...semeval2020To2023(parseSemeval2020Spans(file)), span('333', 'Appeal_to_Time', 1, 4)]);
    expect(formatSemeval2020Spans(back.spans)).toBe(file);
    expect(back.dropped.map((s) => s.technique)).toEqual(['Appeal_to_Time']);
  });

  it('rejects unknown labels and bad offsets with the line number', () => {
    expect(() => parseSemeval2020Spans('1\tLoaded_Language\t0\t3\n1\tLoaded-Language\t0\t3\n', 'x.txt')).toThrow(/x\.txt:2: unknown SemEval-2020 technique "Loaded-Language"/);
    expect(() => parseSemeval2020Spans('1\tDoubt\t5\t2\n')).toThrow(InputError);
  });
});

describe('SemEval-2023 label files', () => {
  it('round-trips spans and counts clipped noise', () => {
    const spans = [span('7', 'Doubt', 0, 4), span('7', 'Slogans', 6, 9)];
    expect(parseSpans(formatSpans(spans)).spans).toEqual(spans);
    const noisy = parseSpans('7\tDoubt\t0\t40\n7\tSlogans\t50\t60\n', 'n', 20);
    expect(noisy).toMatchObject({ clipped: 2, skipped: 1, spans: [span('7', 'Doubt', 0, 20)] });
  });

  it('rejects unknown techniques strictly, or repairs and reports them when asked', () => {
    const text = '5\t2\tLoaded_Language,Doubtt,Nonsense_Label\n';
    expect(() => parseParagraphLabels(text, 'l.txt')).toThrow(/l\.txt:1: unknown technique "Doubtt"/);
    const seen: string[] = [];
    const rows = parseParagraphLabels(text, 'l.txt', (label, where, to) => seen.push(`${where} ${label} -> ${to ?? 'dropped'}`));
    expect(rows[0]!.techniques).toEqual(['Loaded_Language', 'Doubt']);
    expect(seen).toEqual(['l.txt:1 Doubtt -> Doubt', 'l.txt:1 Nonsense_Label -> dropped']);
  });
});

describe('SemEval-2023 templates', () => {
  it('splits a line where the next article\'s first line is glued on (known corpus noise)', () => {
    const glued = '41\t3\tThe end of article 41, in 2019.42\t1\tTitle of 42\n42\t3\tBody of 42\n';
    const where: string[] = [];
    const lines = parseTemplate(glued, 't', (w) => where.push(w));
    expect(lines).toEqual([
      { id: '41', paragraph: 3, text: 'The end of article 41, in 2019.' },
      { id: '42', paragraph: 1, text: 'Title of 42' },
      { id: '42', paragraph: 3, text: 'Body of 42' },
    ]);
    expect(where).toEqual(['t:1']);
    // the text may end in digits: the id is the suffix that names a known article
    expect(parseTemplate('7\t2\tin 2019123\t1\tT\n123\t2\tx\n')[1]).toEqual({ id: '123', paragraph: 1, text: 'T' });
  });
});

describe('Label Studio', () => {
  // code points: "🚀" is one, but two UTF-16 units
  const text = 'Launch 🚀 now: the glorious leader 👑 saves us!\nSecond line';
  const doc = new Doc(text);
  const cp = (needle: string) => [...text.slice(0, text.indexOf(needle))].length;
  const glorious = { technique: 'Loaded_Language' as const, start: cp('glorious'), end: cp('glorious') + 'glorious'.length, score: 0.8 };
  const saves = { technique: 'Exaggeration-Minimisation' as const, start: cp('saves us'), end: cp('saves us') + 8 };

  it('exports spans as pre-annotations with UTF-16 offsets and the covered text', () => {
    const [task] = toLabelStudioTasks([{ id: 'a1', text, spans: [glorious, saves] }], 'test-1');
    expect(task!.data).toEqual({ text, id: 'a1' });
    const region = task!.predictions![0]!.result[0]!;
    expect(region).toMatchObject({ from_name: 'label', to_name: 'text', type: 'labels', score: 0.8 });
    expect(region.value.labels).toEqual(['Loaded_Language']);
    expect(region.value.start).toBe(glorious.start + 1); // one emoji before it
    expect(text.slice(region.value.start, region.value.end)).toBe('glorious');
    expect(region.value.text).toBe('glorious');
    expect(task!.predictions![0]!.result[1]!.value.text).toBe('saves us');
    expect(task!.predictions![0]!.model_version).toBe('test-1');
  });

  it('round-trips through an export with annotations, back to code points', () => {
    const tasks = toLabelStudioTasks([{ id: 'a1', text, spans: [glorious, saves] }]);
    // what Label Studio exports after a person accepted the predictions
    const exported = tasks.map((t, i) => ({ id: 100 + i, data: t.data, annotations: [{ result: t.predictions![0]!.result }], predictions: [] }));
    const { spans, skipped } = fromLabelStudioExport(JSON.parse(JSON.stringify(exported)));
    expect(skipped).toEqual([]);
    expect(spans).toEqual([
      { id: 'a1', technique: 'Loaded_Language', start: glorious.start, end: glorious.end },
      { id: 'a1', technique: 'Exaggeration-Minimisation', start: saves.start, end: saves.end },
    ]);
    expect(doc.slice(spans[1]!.start, spans[1]!.end)).toBe('saves us');
  });

  it('reads predictions only when asked, skips cancelled annotations and unknown labels', () => {
    const region = (start: number, end: number, labels: string[]) => ({ id: 'r', from_name: 'label', to_name: 'text', type: 'labels', value: { start, end, text: '', labels } });
    const exported = [
      {
        id: 9,
        data: { text: 'abc def ghi' },
        annotations: [{ result: [region(0, 3, ['Doubt', 'Propaganda'])] }, { was_cancelled: true, result: [region(4, 7, ['Doubt'])] }],
        predictions: [{ result: [region(8, 11, ['Slogans']), region(8, 99, ['Slogans'])] }],
      },
    ];
    const annotated = fromLabelStudioExport(exported);
    expect(annotated.spans).toEqual([span('9', 'Doubt', 0, 3)]);
    expect(annotated.skipped).toEqual(['9: unknown label "Propaganda"']);
    const all = fromLabelStudioExport(exported, { includePredictions: true });
    expect(all.spans.map((s) => s.technique)).toEqual(['Doubt', 'Slogans']);
    expect(all.skipped).toContain('9: region [8, 99) is outside the text');
  });

  it('rejects a file that is not an export', () => {
    expect(() => fromLabelStudioExport({ tasks: [] }, { source: 'x.json' })).toThrow(/x\.json: expected a JSON array of tasks/);
    expect(() => fromLabelStudioExport([{ data: {} }])).toThrow(/task 0 has no data.text/);
  });
});
