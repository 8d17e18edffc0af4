/** Worker for the ionhop model (see workers/expose.ts). */
import { exposeModel } from './expose';
import model from '../src/models/ionhop';

exposeModel(model);
