#!/usr/bin/env python3
"""Assemble a model directory the SDK loads: model.int8.onnx, tokenizer files, unmask.model.json.

usage: python3 assemble.py --export work/export --data work/data --out ../../packages/model-nano/weights [--float]
"""
import argparse
import json
import os
import shutil

parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
parser.add_argument('--export', required=True, help='directory with model.onnx / model.int8.onnx / config.json')
parser.add_argument('--data', required=True, help='data directory (tokenizer.json, tokenizer_config.json, meta.json)')
parser.add_argument('--out', required=True)
parser.add_argument('--float', action='store_true', help='ship model.onnx instead of the int8 copy')
parser.add_argument('--max-length', type=int, default=512)
args = parser.parse_args()

meta = json.load(open(os.path.join(args.data, 'meta.json')))
config = json.load(open(os.path.join(args.export, 'config.json')))
os.makedirs(args.out, exist_ok=True)
model_file = 'model.onnx' if args.float else 'model.int8.onnx'
shutil.copyfile(os.path.join(args.export, model_file), os.path.join(args.out, model_file))
for name in ('tokenizer.json', 'tokenizer_config.json'):
    shutil.copyfile(os.path.join(args.data, name), os.path.join(args.out, name))
manifest = {
    'format': 'unmask.model/v1',
    'name': 'unmask-nano',
    'description': 'the small masked-diffusion model unmask ships; trained in this repository (see MODEL_CARD.md)',
    'vocabSize': config.get('vocab_size', meta['vocabSize']),
    'maskTokenId': meta['maskTokenId'],
    'padTokenId': meta['padTokenId'],
    'maxLength': args.max_length,
    'promptFormat': meta['promptFormat'],
    'shiftedLogits': False,
    'model': model_file,
    'tokenizer': 'tokenizer.json',
    'metadata': {
        'compile': meta['compile'],
        'trainedSeqLen': meta['seqLen'],
        'architecture': config,
    },
}
json.dump(manifest, open(os.path.join(args.out, 'unmask.model.json'), 'w'), indent=2)
print(json.dumps({'out': args.out, 'model': model_file, 'bytes': os.path.getsize(os.path.join(args.out, model_file))}))
