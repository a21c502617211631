"""The issues' "plain model" reference on our own folds (scikit-learn), for bench/plain-model.ts.

    python3 bench/plain-model.py <rows.jsonl> <subtask 1|2|3>

Rows are {"lang", "fold", "labels", "text"} (written by bench/plain-model.ts from the training
split; never stored in the repository). The model is the one the issues measured on the hidden
set: word and char_wb n-gram tf-idf (sublinear), logistic regression (liblinear), all six
languages jointly. Subtask 1: class-balanced multinomial model, macro-F1. Subtask 2: one-vs-rest,
one global threshold chosen by 3-fold cross-validation inside each training fold (nested),
micro-F1. Subtask 3: one-vs-rest, micro-F1 at a sweep of global thresholds (the best one is
picked on the test folds, so it reads optimistic), and the technique-free paragraph weight per
language that brings the figure at 0.20 to the plain model's hidden-set figure.
"""
import json
import sys

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.multiclass import OneVsRestClassifier
from sklearn.preprocessing import MultiLabelBinarizer

LANGS = ['en', 'fr', 'ge', 'it', 'po', 'ru']
# The plain model's subtask-3 micro-F1 on the hidden set, as issue 7 gives it (same order as LANGS).
HIDDEN_PLAIN_MICRO_F1 = [0.25, 0.41, 0.42, 0.49, 0.29, 0.36]
path, subtask = sys.argv[1], sys.argv[2]
rows = [json.loads(line) for line in open(path, encoding='utf8')]
texts = np.array([r['text'] for r in rows], dtype=object)
folds = np.array([r['fold'] for r in rows])
langs = np.array([r['lang'] for r in rows])
K = int(folds.max()) + 1


def features(train, test, bigrams):
    vectorizers = [
        TfidfVectorizer(sublinear_tf=True, min_df=2, ngram_range=(1, 2) if bigrams else (1, 1)),
        TfidfVectorizer(sublinear_tf=True, min_df=3 if bigrams else 2, analyzer='char_wb', ngram_range=(2, 5)),
    ]
    xtr = sp.hstack([v.fit_transform(texts[train]) for v in vectorizers]).tocsr()
    xte = sp.hstack([v.transform(texts[test]) for v in vectorizers]).tocsr()
    return xtr, xte


def micro_f1(pred, gold):
    tp = (pred & gold).sum()
    return 2 * tp / max(1, pred.sum() + gold.sum())


def table(name, scores):
    print(f'{name:<34}', ' '.join(f'{l} {s:.3f}' for l, s in zip(LANGS, scores)), f'mean {np.mean(scores):.3f}', flush=True)


if subtask == '1':
    y = np.array([r['labels'][0] for r in rows])
    pred = np.empty(len(rows), dtype=object)
    for f in range(K):
        tr, te = folds != f, folds == f
        xtr, xte = features(tr, te, False)
        pred[te] = LogisticRegression(C=1.0, class_weight='balanced', max_iter=2000).fit(xtr, y[tr]).predict(xte)
        print(f'fold {f + 1}/{K}', flush=True)
    classes = sorted(set(y))
    table('plain model, macro-F1', [f1_score(y[langs == l], pred[langs == l], average='macro', labels=classes, zero_division=0) for l in LANGS])

    def balanced(l):
        # every genre present in the language weighs the same (bench/cv-doc.ts "balanced")
        g, p = y[langs == l], pred[langs == l]
        present = sorted(set(g))
        w = np.array([len(g) / (len(present) * (g == c).sum()) for c in g])
        return f1_score(g, p, average='macro', labels=sorted(set(g) | set(p)), sample_weight=w, zero_division=0)

    table('plain model, balanced macro-F1', [balanced(l) for l in LANGS])
else:
    Y = MultiLabelBinarizer().fit_transform([r['labels'] for r in rows]).astype(bool)
    P = np.zeros(Y.shape)
    decided = np.zeros(Y.shape, dtype=bool)
    grid = np.arange(0.1, 0.9, 0.025)
    for f in range(K):
        tr, te = np.where(folds != f)[0], np.where(folds == f)[0]
        xtr, xte = features(tr, te, subtask == '3')
        P[te] = OneVsRestClassifier(LogisticRegression(C=1.0, solver='liblinear')).fit(xtr, Y[tr]).predict_proba(xte)
        if subtask == '2':
            inner = np.random.RandomState(f).randint(0, 3, len(tr))
            oof = np.zeros((len(tr), Y.shape[1]))
            for g in range(3):
                a, b = features(tr[inner != g], tr[inner == g], False)
                oof[inner == g] = OneVsRestClassifier(LogisticRegression(C=1.0, solver='liblinear')).fit(a, Y[tr[inner != g]]).predict_proba(b)
            t = max(grid, key=lambda t: micro_f1(oof >= t, Y[tr]))
            decided[te] = P[te] >= t
            print(f'fold {f + 1}/{K}: threshold {t:.3f}', flush=True)
        else:
            print(f'fold {f + 1}/{K}', flush=True)
    if subtask == '2':
        table('plain model, micro-F1 (nested)', [micro_f1(decided[langs == l], Y[langs == l]) for l in LANGS])
    else:
        for t in [0.15, 0.2, 0.25, 0.3, 0.35]:
            table(f'plain model, micro-F1 at {t:.2f}', [micro_f1(P[langs == l] >= t, Y[langs == l]) for l in LANGS])
        # The shift to the hidden set, as one number per language: how many technique-free
        # paragraphs each training one must stand for (its false positives counted that many
        # times) for this model's figure at 0.20 to read its hidden-set figure (TECHNIQUE_FREE_WEIGHTS
        # in src/techniques/threshold.ts).
        hidden = dict(zip(LANGS, HIDDEN_PLAIN_MICRO_F1))

        def weighted_f1(pred, gold, w):
            free = ~gold.any(axis=1)
            tp = (pred & gold).sum()
            fp = ((pred & ~gold).sum(axis=1) * np.where(free, w, 1.0)).sum()
            return 2 * tp / max(1e-9, 2 * tp + fp + (gold & ~pred).sum())

        weights = []
        for l in LANGS:
            pred, gold = P[langs == l] >= 0.2, Y[langs == l]
            lo, hi = 0.01, 100.0  # the weighted F1 falls as w grows: bisection
            for _ in range(60):
                mid = (lo * hi) ** 0.5
                lo, hi = (mid, hi) if weighted_f1(pred, gold, mid) > hidden[l] else (lo, mid)
            weights.append(lo)
        print('technique-free weight that brings the figure at 0.20 to the hidden one:', ' '.join(f'{l} {w:.2f}' for l, w in zip(LANGS, weights)))
