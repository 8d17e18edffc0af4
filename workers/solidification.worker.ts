import { exposeModel } from './expose';
import model from '../src/models/solidification';
exposeModel(model);
