#!/usr/bin/env python3
"""Writes N distinct, realistic patient and carer messages (default 100,000), one a line, for load tests in which
no request repeats, so the classification cache cannot hide the cost of a new message.

Usage: unique-messages.py [N] > messages.txt

Messages are built from question cores written for this generator (not copied from intents/ or any test set),
wrapped in openers, context and closers as people write them, with occasional typos and shorthand. Seeded, so the
same N always gives the same file. About 10% are off-topic and 5% report a symptom, as real traffic does.
"""
import random, sys

CORES = [
    "what are liver metastases", "what does it mean when cancer has spread to the liver",
    "is secondary liver cancer the same as liver metastases", "how is this different from primary liver cancer",
    "which is more common, primary or secondary liver cancer", "when do liver metastases usually show up",
    "can the spots on the liver appear years after the first cancer", "how big is the liver",
    "where exactly is the liver in the body", "how many lobes does the liver have", "what are hepatocytes",
    "what does the liver do", "why is the liver so important", "what is bile for",
    "does the liver help with blood clotting", "where do liver metastases come from",
    "why does bowel cancer go to the liver so often", "what is the portal vein",
    "how many people with colorectal cancer get liver mets", "can breast cancer spread to the liver",
    "can lung cancer end up in the liver", "does pancreatic cancer spread to the liver",
    "can melanoma spread to the liver", "can kidney cancer go to the liver", "can stomach cancer move to the liver",
    "what cancers besides colon cancer spread to the liver", "what are the symptoms of liver metastases",
    "how would i know if it has spread to my liver", "who treats liver metastases",
    "what is the goal of the treatment", "how are liver metastases treated", "what is ablation",
    "how does ablation work on liver tumours", "what is embolization", "what is minimally invasive treatment",
    "what scans do they use to guide treatment", "what is genetic testing of the tumour for",
    "what is hepatic arterial chemotherapy", "can chemo go straight into the liver",
    "is surgery an option for liver mets", "what support is there for families", "is there help for carers",
    "what are the side effects of ablation", "how long does recovery from embolization take",
    "how many sessions of ablation will i need", "is liver metastasis hereditary", "what is my life expectancy",
    "does insurance cover this treatment", "what should i eat with liver mets", "are there clinical trials",
    "can liver metastases be cured", "what stage is cancer that has spread to the liver",
]
OFF_TOPIC = [
    "what is the weather tomorrow", "recommend a good film", "how do i reset my router", "who won the match",
    "write me a poem about autumn", "how do i bake sourdough", "what is the capital of peru",
    "help me with my tax return", "tell me a joke", "how do i fix a flat tyre",
]
SYMPTOMS = [
    "my eyes have gone yellow since yesterday", "i have been itching all over for a week",
    "my belly is swollen and tight", "i am tired all the time and lost weight", "i have a dull ache under my ribs",
]
OPENERS = ["", "", "hi, ", "hello, ", "quick question: ", "sorry to bother you, ", "can you tell me ",
           "i wanted to ask ", "my mum asks ", "my husband wants to know ", "please help, ", "hey ",
           "good morning, ", "i was wondering ", "doctor said liver mets. ", "i'm a carer and ",
           "my dad has bowel cancer. ", "after my scan last week, ", "not sure if you can answer this but ",
           "reading about this at 3am, "]
CONTEXT = ["", "", "", "", " my sister was diagnosed in {month}", " we saw the oncologist on {day}",
           " he is {age} years old", " she finished chemo in {month}", " the scan was at {hospital}",
           " i am {age}", " it's been {n} weeks since the diagnosis"]
CLOSERS = ["", "", "?", "??", " thanks", " thank you", " please", ", thanks in advance", " x", " cheers"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"]
DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday"]
HOSPITALS = ["st mary's", "the general", "the county hospital", "the cancer centre", "the royal"]
SHORTHAND = {"you": "u", "are": "r", "what": "wat", "because": "cuz", "please": "pls", "liver metastases": "liver mets"}


def typo(text, rng):
    words = text.split()
    if len(words) < 3:
        return text
    i = rng.randrange(len(words))
    w = words[i]
    if len(w) > 4:
        j = rng.randrange(1, len(w) - 1)
        words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return " ".join(words)


def message(rng):
    roll = rng.random()
    core = rng.choice(OFF_TOPIC if roll < 0.10 else SYMPTOMS if roll < 0.15 else CORES)
    context = rng.choice(CONTEXT).format(month=rng.choice(MONTHS), day=rng.choice(DAYS), age=rng.randint(35, 89),
                                         hospital=rng.choice(HOSPITALS), n=rng.randint(2, 30))
    text = rng.choice(OPENERS) + core + ("," + context if context else "") + rng.choice(CLOSERS)
    if rng.random() < 0.25:
        for word, short in SHORTHAND.items():
            text = text.replace(word, short)
    if rng.random() < 0.2:
        text = typo(text, rng)
    if rng.random() < 0.15:
        text = text[:1].upper() + text[1:]
    return text


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    rng, seen = random.Random(20261202), set()
    while len(seen) < n:
        text = message(rng)
        if text not in seen:
            seen.add(text)
            print(text)


if __name__ == "__main__":
    main()
