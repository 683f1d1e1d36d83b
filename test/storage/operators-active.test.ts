import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/storage/database.js';
import { hashPassword } from '../../src/storage/passwords.js';
import type { DeskDatabase, Operator } from '../../src/storage/types.js';
import { makeTempDir } from './fixtures.js';

let temp: ReturnType<typeof makeTempDir>;
let dbPath: string;
let db: DeskDatabase;

beforeEach(() => {
  temp = makeTempDir();
  dbPath = path.join(temp.dir, 'desk.sqlite');
  db = openDatabase(dbPath);
});

afterEach(() => {
  db.close();
  temp.remove();
});

const clerk: Operator = {
  operatorId: 'li',
  displayName: '李店员',
  role: 'clerk',
  passwordHash: hashPassword('clerk123'),
  active: true,
  createdAt: '2026-12-01T09:00:00.000+08:00',
};

describe('operators setActive', () => {
  it('deactivates and reactivates', () => {
    db.operators.create(clerk);

    db.operators.setActive('li', false);
    expect(db.operators.get('li')?.active).toBe(false);

    db.operators.setActive('li', true);
    expect(db.operators.get('li')?.active).toBe(true);
  });

  it('keeps the change after reopening', () => {
    db.operators.create(clerk);
    db.operators.setActive('li', false);
    db.close();

    db = openDatabase(dbPath);
    expect(db.operators.get('li')).toEqual({ ...clerk, active: false });
  });

  it('throws for an unknown id', () => {
    expect(() => db.operators.setActive('nobody', false)).toThrow(/no operator with id nobody/);
  });
});
