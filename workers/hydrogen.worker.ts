/** Worker for the hydrogen model (see workers/expose.ts). */
import { exposeModel } from './expose';
import model from '../src/models/hydrogen';

exposeModel(model);
